package io.kopilka.api.guest;

import java.time.Instant;
import java.util.List;

/**
 * What a guest sees of their membership (in a bot or an app). Amounts are minor units.
 *
 * @param card the number to show and scan: the guest's active card, else virtual card
 * @param tier the guest's level now; {@code null} without a discount ladder
 * @param nextTier the next level; {@code null} at the top or without a ladder
 * @param remainingToNext what is still to spend to reach it
 */
public record GuestOverview(long guestId, String name, String card, long bonusAvailable, long bonusPending,
        long deposit, List<Expiring> expiring, String tier, String nextTier, long remainingToNext,
        List<Purchase> lastPurchases) {

    public GuestOverview {
        expiring = List.copyOf(expiring);
        lastPurchases = List.copyOf(lastPurchases);
    }

    /** Points that expire at a moment. */
    public record Expiring(long amount, Instant at) {
    }

    /** A receipt of the guest's. */
    public record Purchase(long receiptKey, Instant at, String venueName, long sum, long accrued, long redeemed) {
    }
}
