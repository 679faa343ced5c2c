package io.kopilka.api.account;

/** The kinds of journal entry, each with its account and its counter (system) account. */
public enum OperationType {
    /** Points credited into a new lot. Counter account: bonus issued. */
    ACCRUE(AccountType.BONUS, true),
    /** Points spent, drawn from lots soonest expiry first. Counter account: bonus redeemed. */
    REDEEM(AccountType.BONUS, true),
    /** A manual correction of points, either sign, with a reason. Counter account: bonus adjustments. */
    ADJUST(AccountType.BONUS, true),
    /** Money paid in to the deposit. Counter account: deposits received. */
    DEPOSIT_TOPUP(AccountType.DEPOSIT, true),
    /** Money spent from the deposit. Counter account: deposits spent. */
    DEPOSIT_SPEND(AccountType.DEPOSIT, true),
    /** Spending on credit, within the limit. Counter account: credit spent. */
    CREDIT_SPEND(AccountType.CREDIT, true),
    /** Paying back what was spent on credit. Counter account: credit settled. */
    CREDIT_SETTLE(AccountType.CREDIT, true),
    /** Points of lots that expired. Counter account: bonus expired. */
    EXPIRE(AccountType.BONUS, false),
    /** Points a refunded receipt had redeemed, given back to the lots they came from. Counter: bonus redeemed. */
    REFUND_REDEMPTION(AccountType.BONUS, false),
    /** Points a refunded receipt had accrued, taken back. Counter account: bonus issued. */
    REFUND_ACCRUAL(AccountType.BONUS, false),
    /** The exact reversal of another entry. */
    STORNO(null, false);

    private final AccountType account;
    private final boolean manual;

    OperationType(AccountType account, boolean manual) {
        this.account = account;
        this.manual = manual;
    }

    /** The guest account the operation moves; {@code null} for a storno, which moves what its original moved. */
    public AccountType account() {
        return account;
    }

    /** Whether a caller may request it directly as an operation. */
    public boolean manual() {
        return manual;
    }
}
