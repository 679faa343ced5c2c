package io.kopilka.mechanic.tiers.internal;

import java.math.BigDecimal;
import java.util.Optional;

import io.kopilka.api.mechanic.TierStatus;

/**
 * Decides a guest's level and the receipt's discount from plain figures. The discount percent is the higher of the
 * level's and the progressive one by receipt sum (they do not add up); it is taken of what is left of the lines after
 * earlier discounts and rounded down to the kopeck.
 */
final class TierCalculator {

    private TierCalculator() {
    }

    /**
     * The guest's level, the next level and the receipt's discount.
     *
     * @param spend minor units that count toward the guest's level (see {@link SpendPolicy})
     * @param sums this program's lines on the receipt
     */
    static TierOutcome decide(TierSettings settings, long spend, ReceiptSums sums) {
        Ladder ladder = settings.ladder();
        TierStatus status = ladder.status(spend).orElse(null);
        Optional<Level> next = ladder.nextAbove(spend);
        BigDecimal levelPercent = status == null ? BigDecimal.ZERO : status.discountPercent();
        BigDecimal percent = levelPercent.max(settings.progressive().percentFor(sums.amount()));
        long discount = DiscountMath.percentOf(sums.net(), percent);
        return new TierOutcome(status, next.map(Level::name).orElse(null),
                next.map(level -> level.threshold() - spend).orElse(0L), percent, discount);
    }
}
