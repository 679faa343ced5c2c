package io.kopilka.core.internal.processing;

import java.util.ArrayList;
import java.util.List;

import io.kopilka.api.Amounts;
import io.kopilka.api.processing.Calculation;
import io.kopilka.api.processing.Calculation.GuestSummary;
import io.kopilka.api.processing.Calculation.LineResult;

/** Turns an evaluated receipt into the answer for the POS, with the texts for the cashier's screen and the slip. */
final class CalculationBuilder {

    private CalculationBuilder() {
    }

    static Calculation build(EvaluationState s, GuestSummary guest) {
        List<LineResult> lines = s.lines.values().stream().map(l -> new LineResult(l.line.lineId(), l.line.amount(),
                l.discount, l.redemption, l.discounts)).toList();
        long toPay = s.total() - s.discount() - s.redemption;
        return new Calculation(guest, lines, s.total(), s.discount(), s.redemptionMax, s.redemptionLimit,
                s.redemption, toPay, s.accrual(), s.accruals, s.tier, List.of(), cashierText(s, guest),
                slipText(s, guest), new ArrayList<>(s.used.values()));
    }

    private static String cashierText(EvaluationState s, GuestSummary guest) {
        List<String> parts = new ArrayList<>();
        if (guest == null) {
            parts.add("No guest");
        } else {
            parts.add("Guest: " + (guest.name() == null ? "#" + guest.id() : guest.name())
                    + (s.tier == null ? "" : " (" + s.tier.name() + ")"));
            parts.add("Points: " + money(guest.bonusAvailable()) + ", up to " + money(s.redemptionMax)
                    + " payable (" + s.redemptionLimit + ")");
        }
        if (s.discount() > 0) {
            parts.add("Discount: " + money(s.discount()));
        }
        if (s.redemption > 0) {
            parts.add("Paid with points: " + money(s.redemption));
        }
        if (s.accrual() > 0) {
            parts.add("Bonus: +" + money(s.accrual()));
        }
        parts.addAll(s.cashierTexts);
        return String.join("\n", parts);
    }

    private static String slipText(EvaluationState s, GuestSummary guest) {
        if (guest == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (s.discount() > 0) {
            parts.add("Your discount: " + money(s.discount()));
        }
        if (s.redemption > 0) {
            parts.add("Paid with points: " + money(s.redemption));
        }
        if (s.accrual() > 0) {
            parts.add("Points earned: " + money(s.accrual()));
        }
        long after = guest.bonusAvailable() - s.redemption;
        parts.add("Points available: " + money(after));
        if (s.tier != null && s.tier.next() != null) {
            parts.add(money(s.tier.remainingToNext()) + " to " + s.tier.next());
        }
        parts.addAll(s.slipTexts);
        return String.join("\n", parts);
    }

    static String money(long minor) {
        return Amounts.toDecimal(minor).toPlainString();
    }
}
