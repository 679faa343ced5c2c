package io.kopilka.mechanic.tiers.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The discount arithmetic: a percent of an amount of minor units, rounded down to the kopeck. */
final class DiscountMath {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DiscountMath() {
    }

    /** {@code base × percent / 100} rounded down to whole minor units; 0 if the base or percent is not positive. */
    static long percentOf(long base, BigDecimal percent) {
        if (base <= 0 || percent.signum() <= 0) {
            return 0;
        }
        return BigDecimal.valueOf(base).multiply(percent).divide(HUNDRED).setScale(0, RoundingMode.DOWN)
                .longValueExact();
    }
}
