package io.kopilka.mechanic.bonus.internal;

import java.math.BigDecimal;

/** An exact factor kept as a quotient, so that it can be divided out once, at the final rounding. */
record Ratio(BigDecimal numerator, BigDecimal denominator) {

    static final Ratio ONE = new Ratio(BigDecimal.ONE, BigDecimal.ONE);

    Ratio {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
    }

    boolean isOne() {
        return numerator.compareTo(denominator) == 0;
    }
}
