package io.kopilka.api.processing;

import java.time.Instant;
import java.util.List;

import io.kopilka.api.mechanic.TierStatus;

/**
 * What Kopilka answers for a receipt. Amounts are minor units.
 *
 * @param guest {@code null} for a receipt without a guest
 * @param total the receipt before discounts
 * @param redemptionMax the most the guest may pay with points, and {@code redemptionLimit} says why it is there
 * @param redemption the points granted for payment
 * @param toPay what is left to pay in money: total - discount - redemption
 * @param accrual the points that will accrue at commit, in all
 * @param programs the program versions this answer used
 */
public record Calculation(GuestSummary guest, List<LineResult> lines, long total, long discount, long redemptionMax,
        String redemptionLimit, long redemption, long toPay, long accrual, List<Accrual> accruals, TierStatus tier,
        List<String> coupons, String cashierText, String slipText, List<ProgramUse> programs) {

    public Calculation {
        lines = List.copyOf(lines);
        accruals = List.copyOf(accruals);
        coupons = List.copyOf(coupons);
        programs = List.copyOf(programs);
    }

    /** The guest of a receipt, as the cashier sees them. */
    public record GuestSummary(long id, String name, String tier, long bonusAvailable, long bonusPending,
            long deposit) {
    }

    /** A line's outcome: its discounts (each naming its program) and the points paid on it. */
    public record LineResult(String lineId, long amount, long discount, long redemption,
            List<AppliedDiscount> discounts) {

        public LineResult {
            discounts = List.copyOf(discounts);
        }
    }

    /** A discount a program gave on a line. */
    public record AppliedDiscount(long programId, String program, long amount) {
    }

    /** Points a program accrues, with when they activate and expire ({@code null}: never). */
    public record Accrual(long programId, String program, long amount, Instant activatesAt, Instant expiresAt,
            String description) {
    }

    /** A program version used. */
    public record ProgramUse(long programId, int version, String name) {
    }
}
