package io.kopilka.mechanic.bonus.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import io.kopilka.mechanic.bonus.internal.AccrualContext.BaseLine;

/**
 * Computes a receipt's bonus: each line's base at its percent plus the step points, times the time, cashier and
 * payment factors, kept exact and rounded once by the program's rounding; then the fixed trigger points are added.
 */
final class AccrualCalculator {

    private final BonusRules rules;

    AccrualCalculator(BonusRules rules) {
        this.rules = rules;
    }

    Accrual calculate(AccrualContext context) {
        long base = context.totalBase();
        BigDecimal basePercent = rules.rates().basePercent(base, context.tierPercent());
        SortedSet<BigDecimal> percents = new TreeSet<>();
        BigDecimal rate = rateAccrual(context.lines(), basePercent, percents);
        long stepPoints = rules.steps().points(base);
        BigDecimal factor = rules.multipliers().factor(context.localTime())
                .multiply(rules.cashiers().factor(context.cashier()));
        Ratio payment = rules.payments().ratio(context.payments());
        BigDecimal exact = rate.add(BigDecimal.valueOf(stepPoints)).multiply(factor).multiply(payment.numerator());
        long rounded = rules.rounding().round(exact, payment.denominator());
        long nthPoints = rules.triggers().nthPoints(context.purchasesBefore());
        long overPoints = rules.triggers().overPoints(base);
        long points = Math.addExact(rounded, Math.addExact(nthPoints, overPoints));
        return new Accrual(points, base, List.copyOf(percents), stepPoints, factor, !payment.isOne(), nthPoints,
                overPoints);
    }

    /** Σ base × percent / 100 over the lines, exact, in hundredths of a point; collects the percents used. */
    private BigDecimal rateAccrual(List<BaseLine> lines, BigDecimal basePercent, SortedSet<BigDecimal> percents) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BaseLine line : lines) {
            if (line.base() <= 0) {
                continue;
            }
            BigDecimal percent = rules.rates().linePercent(line.groups(), basePercent);
            if (percent.signum() > 0) {
                sum = sum.add(BigDecimal.valueOf(line.base()).multiply(percent));
                percents.add(percent);
            }
        }
        return sum.movePointLeft(2);
    }
}
