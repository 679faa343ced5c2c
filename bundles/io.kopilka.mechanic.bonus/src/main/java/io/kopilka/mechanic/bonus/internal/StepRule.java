package io.kopilka.mechanic.bonus.internal;

import io.kopilka.api.Amounts;
import io.kopilka.api.mechanic.Parameters;

/** Points for each full step of the receipt's total base (50 points per 1,000: 2,999.99 earns 100). */
record StepRule(long pointsPerStep, long step) {

    static final StepRule NONE = new StepRule(0, 0);

    static StepRule from(Parameters parameters) {
        if (!parameters.has(BonusSchema.POINTS_PER_STEP) || !parameters.has(BonusSchema.STEP)) {
            return NONE;
        }
        return new StepRule(
                Amounts.toMinor(parameters.decimal(BonusSchema.POINTS_PER_STEP).orElseThrow(),
                        BonusSchema.POINTS_PER_STEP),
                Amounts.toMinor(parameters.decimal(BonusSchema.STEP).orElseThrow(), BonusSchema.STEP));
    }

    /** Hundredths of a point earned by a total base of {@code totalBase} minor units. */
    long points(long totalBase) {
        if (pointsPerStep <= 0 || step <= 0 || totalBase <= 0) {
            return 0;
        }
        return Math.multiplyExact(totalBase / step, pointsPerStep);
    }
}
