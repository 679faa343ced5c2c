package io.kopilka.api.account;

/** The accounts every guest has. */
public enum AccountType {
    /** Points held in lots, each with an activation and an expiry time. */
    BONUS,
    /** Prepaid money the guest spends later. */
    DEPOSIT,
    /** Spending up to a limit, settled later; the balance is zero or negative (what is owed). */
    CREDIT
}
