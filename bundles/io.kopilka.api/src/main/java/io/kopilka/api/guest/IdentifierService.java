package io.kopilka.api.guest;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Adds, lists and blocks the identifiers of guests. Values are unique within an organization. */
@ProviderType
public interface IdentifierService {

    /**
     * Adds an identifier to a guest.
     *
     * @param value the value; {@code null} for QR and VIRTUAL makes Kopilka generate one
     * @throws io.kopilka.api.ConflictException if the value is already taken in the organization
     */
    Identifier add(long organizationId, long guestId, IdentifierType type, String value, String actor);

    List<Identifier> list(long organizationId, long guestId);

    /** Blocks an identifier (a lost card). The guest and the accounts stay; a new card can be added. */
    Identifier block(long organizationId, long identifierId, String reason, String actor);
}
