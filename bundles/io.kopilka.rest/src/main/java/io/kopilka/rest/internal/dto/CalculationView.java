package io.kopilka.rest.internal.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.kopilka.api.Amounts;
import io.kopilka.api.mechanic.TierStatus;
import io.kopilka.api.processing.Calculation;
import io.kopilka.api.processing.CommitResult;

/** The answer to calculate (and inside commit's answer), amounts in decimals. */
public record CalculationView(GuestView guest, List<LineView> lines, BigDecimal total, BigDecimal discount,
        BigDecimal redemptionMax, String redemptionLimit, BigDecimal redemption, BigDecimal toPay, BigDecimal accrual,
        List<AccrualView> accruals, TierView tier, List<String> coupons, String cashierText, String slipText,
        List<Calculation.ProgramUse> programs) {

    /** The receipt's guest. */
    public record GuestView(long id, String name, String tier, BigDecimal bonusAvailable, BigDecimal bonusPending,
            BigDecimal deposit) {
    }

    /** A line's discounts and points. */
    public record LineView(String lineId, BigDecimal amount, BigDecimal discount, BigDecimal redemption,
            List<DiscountView> discounts) {
    }

    /** A program's discount on a line. */
    public record DiscountView(long programId, String program, BigDecimal amount) {
    }

    /** Points a program accrues. */
    public record AccrualView(long programId, String program, BigDecimal amount, Instant activatesAt,
            Instant expiresAt, String description) {
    }

    /** The guest's level and what is left to the next one. */
    public record TierView(String name, BigDecimal discountPercent, BigDecimal bonusPercent, String next,
            BigDecimal remainingToNext) {
    }

    /** A committed receipt. */
    public record CommitView(long receiptKey, String receiptId, CalculationView calculation, Long redemptionEntryId,
            List<Long> accrualEntryIds, boolean replayed) {

        public static CommitView of(CommitResult r) {
            return new CommitView(r.receiptKey(), r.receiptId(), CalculationView.of(r.calculation()),
                    r.redemptionEntryId(), r.accrualEntryIds(), r.replayed());
        }
    }

    public static CalculationView of(Calculation c) {
        Calculation.GuestSummary g = c.guest();
        TierStatus t = c.tier();
        return new CalculationView(
                g == null ? null : new GuestView(g.id(), g.name(), g.tier(), d(g.bonusAvailable()),
                        d(g.bonusPending()), d(g.deposit())),
                c.lines().stream().map(l -> new LineView(l.lineId(), d(l.amount()), d(l.discount()),
                        d(l.redemption()), l.discounts().stream().map(x -> new DiscountView(x.programId(),
                                x.program(), d(x.amount()))).toList())).toList(),
                d(c.total()), d(c.discount()), d(c.redemptionMax()), c.redemptionLimit(), d(c.redemption()),
                d(c.toPay()), d(c.accrual()),
                c.accruals().stream().map(a -> new AccrualView(a.programId(), a.program(), d(a.amount()),
                        a.activatesAt(), a.expiresAt(), a.description())).toList(),
                t == null ? null : new TierView(t.name(), t.discountPercent(), t.bonusPercent(), t.next(),
                        d(t.remainingToNext())),
                c.coupons(), c.cashierText(), c.slipText(), c.programs());
    }

    private static BigDecimal d(long minor) {
        return Amounts.toDecimal(minor);
    }
}
