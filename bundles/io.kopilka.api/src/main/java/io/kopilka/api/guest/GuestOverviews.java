package io.kopilka.api.guest;

import org.osgi.annotation.versioning.ProviderType;

/** Builds a guest's overview: card, balances, expiring points, tier and last purchases. */
@ProviderType
public interface GuestOverviews {

    /**
     * The overview; a guest without a usable card is given a virtual one first.
     *
     * @param purchases how many of the last purchases to list
     * @throws io.kopilka.api.NotFoundException if there is no such guest
     */
    GuestOverview of(long organizationId, long guestId, int purchases);
}
