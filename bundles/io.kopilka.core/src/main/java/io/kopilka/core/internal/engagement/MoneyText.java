package io.kopilka.core.internal.engagement;

/** Amounts in minor units as a Russian reader writes them: {@code 1 234,50}, whole amounts without kopecks. */
public final class MoneyText {

    private MoneyText() {
    }

    public static String format(long minor) {
        long abs = Math.abs(minor);
        StringBuilder whole = new StringBuilder(Long.toString(abs / 100));
        for (int i = whole.length() - 3; i > 0; i -= 3) {
            whole.insert(i, '\u00a0');
        }
        long cents = abs % 100;
        String sign = minor < 0 ? "-" : "";
        return cents == 0 ? sign + whole : sign + whole + "," + (cents < 10 ? "0" : "") + cents;
    }
}
