package io.kopilka.mechanic.bonus.internal;

/** When accrued points expire. */
enum ExpiryMode {
    /** Never. */
    NONE,
    /** A number of days after the receipt. */
    AFTER_ACCRUAL,
    /** A number of days after the receipt, and the guest's older points live until then too. */
    AFTER_LAST_PURCHASE,
    /** At the start of the next of some yearly dates, in the venue's zone. */
    FIXED_DATES
}
