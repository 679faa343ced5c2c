package io.kopilka.mechanic.bonus.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How an exact accrual in hundredths of a point is rounded to what is credited: down or half up to a hundredth, or
 * down to whole points. The exact value is a quotient so that it is rounded once, exactly, never after a truncation.
 */
enum Rounding {
    /** Down to 0.01 point. */
    DOWN,
    /** Half up to 0.01 point. */
    HALF_UP,
    /** Down to a whole point. */
    WHOLE_DOWN;

    private static final BigDecimal MINOR_PER_POINT = BigDecimal.valueOf(100);

    /** {@code numerator / denominator} (hundredths of a point, not negative) rounded to hundredths of a point. */
    long round(BigDecimal numerator, BigDecimal denominator) {
        return switch (this) {
            case DOWN -> numerator.divide(denominator, 0, RoundingMode.DOWN).longValueExact();
            case HALF_UP -> numerator.divide(denominator, 0, RoundingMode.HALF_UP).longValueExact();
            case WHOLE_DOWN -> numerator.divide(denominator.multiply(MINOR_PER_POINT), 0, RoundingMode.DOWN)
                    .multiply(MINOR_PER_POINT).longValueExact();
        };
    }

    /** The rounding named {@code name}; {@code null} gives the default, {@link #DOWN}. */
    static Rounding of(String name) {
        return name == null ? DOWN : valueOf(name);
    }
}
