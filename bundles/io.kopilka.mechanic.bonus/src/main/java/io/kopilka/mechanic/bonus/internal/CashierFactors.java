package io.kopilka.mechanic.bonus.internal;

import java.math.BigDecimal;
import java.util.List;

import io.kopilka.api.mechanic.Parameters;

/** Accrual by cashier: a listed cashier's receipts accrue at that cashier's factor (first rule wins), others at 1. */
record CashierFactors(List<Rule> rules) {

    /** Receipts of {@code cashier} (as the POS names them, compared exactly) accrue at {@code factor}. */
    record Rule(String cashier, BigDecimal factor) {
    }

    CashierFactors {
        rules = List.copyOf(rules);
    }

    static CashierFactors from(Parameters parameters) {
        return new CashierFactors(parameters.list(BonusSchema.CASHIER_RULES).stream()
                .map(item -> new Rule(item.string(BonusSchema.CASHIER).map(String::strip).orElse(""),
                        item.decimalOr(BonusSchema.FACTOR, BigDecimal.ONE)))
                .toList());
    }

    /** The factor of {@code cashier} ({@code null}: unknown); 1 if no rule names them. */
    BigDecimal factor(String cashier) {
        if (cashier == null) {
            return BigDecimal.ONE;
        }
        for (Rule rule : rules) {
            if (rule.cashier().equals(cashier.strip())) {
                return rule.factor();
            }
        }
        return BigDecimal.ONE;
    }
}
