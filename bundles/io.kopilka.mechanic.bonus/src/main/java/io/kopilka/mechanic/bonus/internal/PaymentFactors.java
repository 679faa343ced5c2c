package io.kopilka.mechanic.bonus.internal;

import java.math.BigDecimal;
import java.util.List;

import io.kopilka.api.mechanic.Parameters;
import io.kopilka.api.processing.Payment;

/**
 * Accrual by payment method: the share of the receipt paid by a method accrues at that method's factor (certificate 0:
 * no bonus on what a certificate paid); methods without a rule at 1. Methods are compared ignoring case.
 */
record PaymentFactors(List<Rule> rules) {

    /** What is paid by {@code method} accrues at {@code factor}. */
    record Rule(String method, BigDecimal factor) {
    }

    PaymentFactors {
        rules = List.copyOf(rules);
    }

    static PaymentFactors from(Parameters parameters) {
        return new PaymentFactors(parameters.list(BonusSchema.PAYMENT_RULES).stream()
                .map(item -> new Rule(item.string(BonusSchema.METHOD).orElse(""),
                        item.decimalOr(BonusSchema.FACTOR, BigDecimal.ONE)))
                .toList());
    }

    /** Σ amount × factor / Σ amount over the payments; 1 without rules or without payments. */
    Ratio ratio(List<Payment> payments) {
        long total = 0;
        BigDecimal weighted = BigDecimal.ZERO;
        for (Payment payment : payments) {
            if (payment.amount() > 0) {
                total = Math.addExact(total, payment.amount());
                weighted = weighted.add(BigDecimal.valueOf(payment.amount()).multiply(factor(payment.method())));
            }
        }
        if (rules.isEmpty() || total == 0) {
            return Ratio.ONE;
        }
        return new Ratio(weighted, BigDecimal.valueOf(total));
    }

    private BigDecimal factor(String method) {
        for (Rule rule : rules) {
            if (rule.method().equalsIgnoreCase(method)) {
                return rule.factor();
            }
        }
        return BigDecimal.ONE;
    }
}
