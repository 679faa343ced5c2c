package io.kopilka.api.mechanic;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kopilka.api.processing.Receipt;

/**
 * One receipt being evaluated, as one program sees it: the facts it may use and the effects it may add. Lines are
 * those this program may act on (after its sku and group filters). Amounts are minor units.
 */
public interface Evaluation {

    Receipt receipt();

    /** The receipt's time in the venue's zone, for time-of-day and weekday rules. */
    Instant time();

    ZoneId zone();

    /** Empty for a receipt without a guest. */
    Optional<GuestFacts> guest();

    /** This program's lines with the discounts given so far. */
    List<LineView> lines();

    /** DISCOUNT: gives a discount on a line, capped at what is left of it. */
    void discount(String lineId, long amount);

    /** DISCOUNT: spreads a discount over this program's lines in proportion to what is left of them. */
    void discountProportionally(long total);

    /** DISCOUNT: the guest's level in a discount ladder (read by later programs through {@link #tier()}). */
    void tier(TierStatus status);

    Optional<TierStatus> tier();

    /** REDEMPTION_CAP: at most this much may be paid with points; the lowest cap of all programs wins. */
    void capRedemption(long maximum, String reason);

    /** REDEMPTION_CAP: a redemption below {@code minimum} is refused and one above is rounded down to a multiple. */
    void redemptionSteps(long minimum, long multiple);

    /** ACCRUAL: the points granted for payment, on this program's lines. */
    long redemption();

    /**
     * ACCRUAL: the amount each of this program's lines accrues bonus on (line id to minor units, in receipt order).
     * For {@link AccrualBase#AFTER_REDEMPTION} the redemption is spread over all lines in proportion to their amounts
     * after discounts, to the kopeck.
     */
    Map<String, Long> accrualBases(AccrualBase base);

    /** ACCRUAL: points to credit at commit, with their activation and expiry ({@code null}: never expire). */
    void accrue(long points, Instant activatesAt, Instant expiresAt, String description);

    /** ACCRUAL: at commit, every open lot of the guest that would expire sooner expires at {@code expiresAt}. */
    void extendExpiry(Instant expiresAt);

    /** Text for the cashier's screen and the printed slip. */
    void message(String cashierText, String slipText);

    /** The program's name and version, for messages. */
    ProgramInstance program();
}
