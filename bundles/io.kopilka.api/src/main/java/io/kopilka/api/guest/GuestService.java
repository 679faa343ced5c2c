package io.kopilka.api.guest;

import java.util.Optional;

import io.kopilka.api.Page;
import org.osgi.annotation.versioning.ProviderType;

/** Creates, changes and finds guests. Every call is scoped to one organization. */
@ProviderType
public interface GuestService {

    /** Creates a guest, with a PHONE identifier when the profile has a phone, and the guest's empty accounts. */
    Guest create(long organizationId, GuestProfile profile, String actor);

    /** @throws io.kopilka.api.NotFoundException if there is no such guest in the organization */
    Guest get(long organizationId, long guestId);

    Guest update(long organizationId, long guestId, GuestProfile changes, String actor);

    /**
     * Finds guests whose name contains the query (case-insensitive), whose phone matches it, whose e-mail is it, or who
     * hold an identifier with that value; an empty query lists all. Newest first.
     */
    Page<Guest> search(long organizationId, String query, int page, int size);

    /**
     * Looks a guest up by any identifier value: a card number, a barcode, a QR token, or a phone in any accepted form.
     * A blocked identifier is returned too, so that the caller can say it is blocked.
     */
    Optional<IdentifierMatch> lookup(long organizationId, String value);
}
