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

    static String money(long minor) {
        return String.format(Locale.ROOT, "%,.2f", Amounts.toDecimal(minor));
    }

    static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }
}
