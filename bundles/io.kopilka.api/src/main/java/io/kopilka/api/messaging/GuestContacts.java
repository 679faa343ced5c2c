package io.kopilka.api.messaging;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Links guests to the addresses they reach Kopilka from (a Telegram chat). An address belongs to one guest. */
@ProviderType
public interface GuestContacts {

    /** Links the address to the guest, moving it from another guest if it was linked before; notifications on. */
    GuestContact link(long organizationId, long guestId, String channel, String address);

    Optional<GuestContact> find(long organizationId, String channel, String address);

    List<GuestContact> ofGuest(long organizationId, long guestId);

    /** Turns notices to this address on or off. @throws io.kopilka.api.NotFoundException if it is not linked */
    GuestContact setNotifications(long organizationId, String channel, String address, boolean on);
}
