package io.kopilka.api.mechanic;

/** The order a receipt is evaluated in; every program sees every phase. */
public enum Phase {
    /** Discounts on lines; a tier is set here. */
    DISCOUNT,
    /** Limits on paying with bonus points (share of the receipt, minimum, multiples). */
    REDEMPTION_CAP,
    /** Bonus points to accrue, after the redemption is known. */
    ACCRUAL,
    /** Coupons and stamps to issue. */
    ISSUANCE
}
