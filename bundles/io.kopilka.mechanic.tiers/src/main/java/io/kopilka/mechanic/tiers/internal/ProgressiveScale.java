package io.kopilka.mechanic.tiers.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * A progressive discount by receipt sum: a receipt gets the percent of the highest step whose {@code from} its sum
 * reaches, and 0 below every step. Of steps with equal {@code from} the one listed last applies.
 */
final class ProgressiveScale {

    /** No progressive discount. */
    static final ProgressiveScale NONE = new ProgressiveScale(List.of());

    private final List<Step> steps;

    ProgressiveScale(List<Step> steps) {
        this.steps = steps.stream().sorted(Comparator.comparingLong(Step::from)).toList();
    }

    /** The percent for a receipt of {@code receiptSum} minor units. */
    BigDecimal percentFor(long receiptSum) {
        BigDecimal percent = BigDecimal.ZERO;
        for (Step step : steps) {
            if (step.from() > receiptSum) {
                break;
            }
            percent = step.percent();
        }
        return percent;
    }

    /**
     * One step of the scale.
     *
     * @param from the receipt sum, in minor units, from which it applies
     * @param percent its discount, 0..100
     */
    record Step(long from, BigDecimal percent) {
    }
}
