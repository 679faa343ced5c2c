package io.kopilka.mechanic.bonus.internal;

import io.kopilka.api.Amounts;
import io.kopilka.api.mechanic.Parameters;

/**
 * The smallest redemption and the multiple a redemption is rounded down to, in minor units (min 150, multiple 50:
 * 150, 200, 250 allowed). Either alone is allowed; a missing minimum is 0 and a missing multiple one kopeck.
 */
record RedemptionSteps(long minimum, long multiple) {

    static final RedemptionSteps NONE = new RedemptionSteps(0, 1);

    static RedemptionSteps from(Parameters parameters) {
        boolean hasMinimum = parameters.has(BonusSchema.MIN_REDEMPTION);
        boolean hasMultiple = parameters.has(BonusSchema.REDEMPTION_MULTIPLE);
        if (!hasMinimum && !hasMultiple) {
            return NONE;
        }
        long minimum = hasMinimum ? minor(parameters, BonusSchema.MIN_REDEMPTION) : 0;
        long multiple = hasMultiple ? minor(parameters, BonusSchema.REDEMPTION_MULTIPLE) : 1;
        return new RedemptionSteps(minimum, Math.max(1, multiple));
    }

    boolean isSet() {
        return minimum > 0 || multiple > 1;
    }

    private static long minor(Parameters parameters, String name) {
        return Amounts.toMinor(parameters.decimal(name).orElseThrow(), name);
    }
}
