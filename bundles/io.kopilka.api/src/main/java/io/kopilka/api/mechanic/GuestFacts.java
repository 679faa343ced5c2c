package io.kopilka.api.mechanic;

import java.time.Instant;
import java.time.LocalDate;

/** What a mechanic may know of the guest of a receipt; purchases count committed, uncancelled receipts only. */
public interface GuestFacts {

    long guestId();

    /** Receipts before this one. */
    long purchases();

    /** Minor units spent in all (after discounts and refunds). */
    long totalSpent();

    /** Minor units spent since a moment (for rolling tier windows). */
    long spentSince(Instant from);

    /** The last purchase before this one; {@code null} if none. */
    Instant lastPurchase();

    /** {@code null} if not known. */
    LocalDate birthDate();
}
