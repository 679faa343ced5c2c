package io.kopilka.mechanic.bonus.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Short texts of amounts, percents and factors for accrual descriptions, cap reasons and slips. */
final class Format {

    private Format() {
    }

    /** Minor units as {@code 1,000.00} (as {@code #,##0.00} would write them, without a format per call). */
    static String money(long minor) {
        if (minor == Long.MIN_VALUE) {
            return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
                    .format(BigDecimal.valueOf(minor, 2));
        }
        String units = Long.toString(Math.abs(minor) / 100);
        StringBuilder text = new StringBuilder(units.length() + 8);
        if (minor < 0) {
            text.append('-');
        }
        int head = units.length() % 3 == 0 ? 3 : units.length() % 3;
        text.append(units, 0, head);
        for (int i = head; i < units.length(); i += 3) {
            text.append(',').append(units, i, i + 3);
        }
        long cents = Math.abs(minor) % 100;
        return text.append('.').append((char) ('0' + cents / 10)).append((char) ('0' + cents % 10)).toString();
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
