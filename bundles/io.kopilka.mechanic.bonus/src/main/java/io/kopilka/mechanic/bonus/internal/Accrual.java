package io.kopilka.mechanic.bonus.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of an accrual, with the figures its description names. Amounts are minor units (hundredths of a point).
 *
 * @param points what is credited in all
 * @param base the receipt's total accrual base
 * @param percents the distinct percents of the lines that accrued, ascending
 * @param stepPoints the step points before factors
 * @param factor the time and cashier factors multiplied
 * @param paymentWeighted whether payment methods changed the accrual
 * @param nthPoints the n-th purchase points added
 * @param overPoints the receipt-over points added
 */
record Accrual(long points, long base, List<BigDecimal> percents, long stepPoints, BigDecimal factor,
        boolean paymentWeighted, long nthPoints, long overPoints) {

    Accrual {
        percents = List.copyOf(percents);
    }
}
