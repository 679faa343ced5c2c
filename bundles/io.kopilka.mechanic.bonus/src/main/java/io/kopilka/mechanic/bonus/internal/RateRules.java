package io.kopilka.mechanic.bonus.internal;

import java.math.BigDecimal;
import java.util.List;

import io.kopilka.api.Amounts;
import io.kopilka.api.mechanic.Parameters;

/**
 * Which percent a line accrues at: its product group's rate (first matching wins), else the receipt's base percent.
 * The base percent is the tier's bonus rate if the guest's tier has one, else the progressive rate of the highest
 * threshold not above the receipt's total base, else the program's {@code percent}.
 */
record RateRules(BigDecimal percent, List<Threshold> progressive, List<GroupRate> groupRates) {

    /** From a total base of {@code from} minor units on, the base percent is {@code percent}. */
    record Threshold(long from, BigDecimal percent) {
    }

    /** Lines in {@code group} accrue at {@code percent}. */
    record GroupRate(String group, BigDecimal percent) {
    }

    RateRules {
        progressive = List.copyOf(progressive);
        groupRates = List.copyOf(groupRates);
    }

    static RateRules from(Parameters parameters) {
        BigDecimal percent = parameters.decimalOr(BonusSchema.PERCENT, BigDecimal.ZERO);
        List<Threshold> progressive = parameters.list(BonusSchema.PROGRESSIVE).stream()
                .map(item -> new Threshold(
                        Amounts.toMinor(item.decimal(BonusSchema.FROM).orElse(null), "progressive.from"),
                        item.decimalOr(BonusSchema.PERCENT, BigDecimal.ZERO)))
                .toList();
        List<GroupRate> groupRates = parameters.list(BonusSchema.GROUP_RATES).stream()
                .map(item -> new GroupRate(item.string(BonusSchema.GROUP).orElse(""),
                        item.decimalOr(BonusSchema.PERCENT, BigDecimal.ZERO)))
                .toList();
        return new RateRules(percent, progressive, groupRates);
    }

    /** The percent of lines outside the group rates; {@code tierPercent} may be {@code null}. */
    BigDecimal basePercent(long totalBase, BigDecimal tierPercent) {
        if (tierPercent != null) {
            return tierPercent;
        }
        Threshold best = null;
        for (Threshold threshold : progressive) {
            if (threshold.from() <= totalBase && (best == null || threshold.from() > best.from())) {
                best = threshold;
            }
        }
        return best == null ? percent : best.percent();
    }

    /** The percent a line in {@code groups} accrues at, given the receipt's base percent. */
    BigDecimal linePercent(List<String> groups, BigDecimal basePercent) {
        for (GroupRate rate : groupRates) {
            if (groups.contains(rate.group())) {
                return rate.percent();
            }
        }
        return basePercent;
    }
}
