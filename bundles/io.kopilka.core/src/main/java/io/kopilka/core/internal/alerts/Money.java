package io.kopilka.core.internal.alerts;

/**
 * Writes minor units (kopecks, hundredths of a point) the Russian way, exactly: thousands grouped by spaces, a comma
 * before the two fractional digits, {@code 123456789} as {@code 1 234 567,89 ₽}. No floating point.
 */
final class Money {

    private Money() {
    }

    /** Roubles: {@code 1 234,50 ₽}, {@code -5,00 ₽}. */
    static String rub(long minor) {
        return amount(minor) + " ₽";
    }

    /** Without a currency sign, for points: {@code 1 234,50}. */
    static String amount(long minor) {
        String sign = minor < 0 ? "-" : "";
        String digits = minor == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(minor));
        if (digits.length() < 3) {
            digits = "0".repeat(3 - digits.length()) + digits;
        }
        String whole = digits.substring(0, digits.length() - 2);
        return sign + group(whole) + "," + digits.substring(digits.length() - 2);
    }

    private static String group(String whole) {
        StringBuilder grouped = new StringBuilder();
        int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        grouped.append(whole, 0, first);
        for (int i = first; i < whole.length(); i += 3) {
            grouped.append(' ').append(whole, i, i + 3);
        }
        return grouped.toString();
    }
}
