package io.kopilka.mechanic.tiers.internal;

import java.math.BigDecimal;
import java.util.Locale;

import io.kopilka.api.Amounts;

/**
 * The texts that tell the cashier and the guest their level, the discount and how far the next level is, such as
 * {@code Gold 5%: −123.45; 4,321.00 to VIP}. The slip uses an ASCII minus, which every receipt printer has.
 */
final class TierMessages {

    private static final String SCREEN_MINUS = "\u2212";
    private static final String SLIP_MINUS = "-";

    private TierMessages() {
    }

    static String cashier(TierOutcome outcome) {
        return text(outcome, SCREEN_MINUS);
    }

    static String slip(TierOutcome outcome) {
        return text(outcome, SLIP_MINUS);
    }

    private static String text(TierOutcome outcome, String minus) {
        StringBuilder text = new StringBuilder();
        if (outcome.status() == null) {
            text.append("No level");
        } else {
            text.append(outcome.status().name()).append(' ').append(percent(outcome.levelPercent()));
        }
        if (outcome.progressiveWon()) {
            text.append(", receipt sum ").append(percent(outcome.percent()));
        }
        if (outcome.discount() > 0) {
            text.append(": ").append(minus).append(money(outcome.discount()));
        }
        if (outcome.next() != null) {
            text.append("; ").append(money(outcome.remainingToNext())).append(" to ").append(outcome.next());
        }
        return text.toString();
    }

    /** Minor units as {@code 1,000.00} (as {@code %,.2f} would write them, without its cost on every receipt). */
    static String money(long minor) {
        if (minor == Long.MIN_VALUE) {
            return String.format(Locale.ROOT, "%,.2f", Amounts.toDecimal(minor));
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

    static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }
}
