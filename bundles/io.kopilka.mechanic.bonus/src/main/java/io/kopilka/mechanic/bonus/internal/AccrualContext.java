package io.kopilka.mechanic.bonus.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import io.kopilka.api.processing.Payment;

/**
 * The facts of one receipt an accrual is computed from, as plain values.
 *
 * @param lines the program's lines with the amounts they accrue on
 * @param tierPercent the guest's tier bonus rate; {@code null} for none
 * @param localTime the receipt's time in the venue's zone
 * @param cashier {@code null} if the POS did not say
 * @param purchasesBefore the guest's purchases before this one
 */
record AccrualContext(List<BaseLine> lines, BigDecimal tierPercent, LocalDateTime localTime, List<Payment> payments,
        String cashier, long purchasesBefore) {

    /** A line's product groups and the minor units it accrues on. */
    record BaseLine(List<String> groups, long base) {

        BaseLine {
            groups = List.copyOf(groups);
        }
    }

    AccrualContext {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }

    long totalBase() {
        long total = 0;
        for (BaseLine line : lines) {
            total = Math.addExact(total, Math.max(0, line.base()));
        }
        return total;
    }
}
