package io.kopilka.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact conversion between decimal amounts (money and points, at most two fractional digits) and the long minor units
 * (kopecks, hundredths of a point) that Kopilka computes and stores with. No floating point anywhere.
 */
public final class Amounts {

    /** The largest amount accepted in one operation: 10^13 minor units (100 billion whole units). */
    public static final long MAX_MINOR = 10_000_000_000_000L;

    private Amounts() {
    }

    /**
     * Converts a decimal amount to minor units.
     *
     * @throws InvalidInputException naming {@code field} if the amount is missing, has more than 2 fractional digits,
     *         is not positive or exceeds {@link #MAX_MINOR}
     */
    public static long toMinorPositive(BigDecimal amount, String field) {
        long minor = toMinor(amount, field);
        if (minor <= 0) {
            throw new InvalidInputException(field, "must be greater than 0");
        }
        return minor;
    }

    /** Converts a decimal amount of either sign to minor units; same checks as {@link #toMinorPositive} but the sign. */
    public static long toMinor(BigDecimal amount, String field) {
        if (amount == null) {
            throw new InvalidInputException(field, "is required");
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new InvalidInputException(field, "must have at most 2 fractional digits");
        }
        BigDecimal minor = amount.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY);
        if (minor.abs().compareTo(BigDecimal.valueOf(MAX_MINOR)) > 0) {
            throw new InvalidInputException(field, "is too large");
        }
        return minor.longValueExact();
    }

    /** Minor units as a decimal with exactly two fractional digits. */
    public static BigDecimal toDecimal(long minor) {
        return BigDecimal.valueOf(minor, 2);
    }
}
