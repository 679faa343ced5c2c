package io.kopilka.mechanic.bonus.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The short text an accrual is recorded with: {@code 5% of 1,000.00}, {@code 3%/10% of 2,000.00, x2},
 * {@code 50.00 per 1,000.00}, {@code 3rd purchase +100.00}, {@code receipt from 5,000.00 +200.00}.
 */
final class AccrualDescription {

    private AccrualDescription() {
    }

    static String of(Accrual accrual, BonusRules rules) {
        List<String> parts = new ArrayList<>();
        if (!accrual.percents().isEmpty()) {
            parts.add(accrual.percents().stream().map(Format::percent).collect(Collectors.joining("/"))
                    + " of " + Format.money(accrual.base()));
        }
        if (accrual.stepPoints() > 0) {
            parts.add(Format.money(rules.steps().pointsPerStep()) + " per " + Format.money(rules.steps().step()));
        }
        if (accrual.factor().compareTo(BigDecimal.ONE) != 0) {
            parts.add("x" + Format.number(accrual.factor()));
        }
        if (accrual.paymentWeighted()) {
            parts.add("by payment method");
        }
        if (accrual.nthPoints() > 0) {
            parts.add(Format.ordinal(rules.triggers().everyNth()) + " purchase +" + Format.money(accrual.nthPoints()));
        }
        if (accrual.overPoints() > 0) {
            parts.add("receipt from " + Format.money(rules.triggers().receiptOver()) + " +"
                    + Format.money(accrual.overPoints()));
        }
        return parts.isEmpty() ? "bonus" : String.join(", ", parts);
    }
}
