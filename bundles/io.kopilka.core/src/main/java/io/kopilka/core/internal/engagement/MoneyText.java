package io.kopilka.core.internal.engagement;

/**
 * Writes minor units (kopecks, hundredths of a point) the Russian way, exactly: thousands grouped, a comma before the
 * two fractional digits. No floating point. Guests' notices use {@link #format(long)}; staff alerts and reports keep
 * the kopecks and plain spaces through {@link #format(long, char, boolean)}.
 */
public final class MoneyText {

    private static final char NO_BREAK_SPACE = '\u00a0';

    private MoneyText() {
    }

    /** For guests: {@code 1 234,50} with no-break spaces; whole amounts without kopecks ({@code 150}). */
    public static String format(long minor) {
        return format(minor, NO_BREAK_SPACE, false);
    }

    /**
     * @param separator what groups the thousands
     * @param keepZeroKopecks {@code true} writes {@code 150,00}, {@code false} writes {@code 150}
     */
    public static String format(long minor, char separator, boolean keepZeroKopecks) {
        String sign = minor < 0 ? "-" : "";
        String digits = minor == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(minor));
        if (digits.length() < 3) {
            digits = "0".repeat(3 - digits.length()) + digits;
        }
        String whole = group(digits.substring(0, digits.length() - 2), separator);
        String kopecks = digits.substring(digits.length() - 2);
        return sign + whole + (keepZeroKopecks || !kopecks.equals("00") ? "," + kopecks : "");
    }

    private static String group(String whole, char separator) {
        StringBuilder grouped = new StringBuilder();
        int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        grouped.append(whole, 0, first);
        for (int i = first; i < whole.length(); i += 3) {
            grouped.append(separator).append(whole, i, i + 3);
        }
        return grouped.toString();
    }
}
