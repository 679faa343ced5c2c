package io.kopilka.mechanic.bonus.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Short texts of amounts, percents and factors for accrual descriptions, cap reasons and slips. */
final class Format {

    private Format() {
    }

    /** Minor units as {@code 1,000.00}. */
    static String money(long minor) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(BigDecimal.valueOf(minor, 2));
    }

    /** {@code 5%}, {@code 2.5%}. */
    static String percent(BigDecimal percent) {
        return number(percent) + "%";
    }

    /** A decimal without trailing zeros: {@code 2}, {@code 1.5}. */
    static String number(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** {@code 1st}, {@code 2nd}, {@code 3rd}, {@code 11th}, {@code 23rd}. */
    static String ordinal(long n) {
        long lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return switch ((int) (n % 10)) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }
}
