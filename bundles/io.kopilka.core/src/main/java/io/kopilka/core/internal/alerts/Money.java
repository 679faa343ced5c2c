package io.kopilka.core.internal.alerts;

import io.kopilka.core.internal.engagement.MoneyText;

/** Money in staff alerts and reports: kopecks always written, thousands grouped by plain spaces. */
final class Money {

    private Money() {
    }

    /** Roubles: {@code 1 234,50 ₽}, {@code -5,00 ₽}. */
    static String rub(long minor) {
        return amount(minor) + " ₽";
    }

    /** Without a currency sign, for points: {@code 1 234,50}. */
    static String amount(long minor) {
        return MoneyText.format(minor, ' ', true);
    }
}
