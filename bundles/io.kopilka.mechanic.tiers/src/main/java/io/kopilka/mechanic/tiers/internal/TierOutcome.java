package io.kopilka.mechanic.tiers.internal;

import java.math.BigDecimal;

import io.kopilka.api.mechanic.TierStatus;

/**
 * What the ladder gives one guest on one receipt.
 *
 * @param status the guest's level as the guest and the cashier see it; {@code null} below every threshold
 * @param next the next level's name; {@code null} at the top
 * @param remainingToNext minor units still to spend to reach {@code next}; 0 at the top
 * @param percent the discount percent applied: the higher of the level's and the progressive one
 * @param discount minor units of discount on the receipt
 */
record TierOutcome(TierStatus status, String next, long remainingToNext, BigDecimal percent, long discount) {

    /** The level's own percent; 0 without a level. */
    BigDecimal levelPercent() {
        return status == null ? BigDecimal.ZERO : status.discountPercent();
    }

    /** Whether the progressive discount by receipt sum beat the level's percent. */
    boolean progressiveWon() {
        return percent.compareTo(levelPercent()) > 0;
    }
}
