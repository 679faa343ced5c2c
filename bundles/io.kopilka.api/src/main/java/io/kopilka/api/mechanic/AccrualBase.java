package io.kopilka.api.mechanic;

/** What amount bonus is accrued on. */
public enum AccrualBase {
    /** The lines' amounts before discounts. */
    BEFORE_DISCOUNTS,
    /** The lines' amounts after discounts. */
    AFTER_DISCOUNTS,
    /** After discounts and after the part paid with bonus points: only money the guest actually paid. */
    AFTER_REDEMPTION
}
