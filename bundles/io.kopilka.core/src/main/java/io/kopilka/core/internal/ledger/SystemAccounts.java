package io.kopilka.core.internal.ledger;

import java.util.EnumMap;
import java.util.Map;

import javax.persistence.EntityManager;

import io.kopilka.api.account.OperationType;

/**
 * The counter accounts of an organization's ledger: where issued points come from, where redeemed and expired points
 * go, where deposit money and credit are booked. Their balances are not cached (that would make every operation of
 * the organization wait for one row); a balance is the sum of the account's postings.
 */
public enum SystemAccounts {
    BONUS_ISSUED, BONUS_REDEEMED, BONUS_ADJUSTMENTS, BONUS_EXPIRED, DEPOSITS_RECEIVED, DEPOSITS_SPENT, CREDIT_SPENT,
    CREDIT_SETTLED;

    public static final String TYPE = "SYSTEM";

    private static final Map<OperationType, SystemAccounts> COUNTER = new EnumMap<>(OperationType.class);

    static {
        COUNTER.put(OperationType.ACCRUE, BONUS_ISSUED);
        COUNTER.put(OperationType.REDEEM, BONUS_REDEEMED);
        COUNTER.put(OperationType.ADJUST, BONUS_ADJUSTMENTS);
        COUNTER.put(OperationType.EXPIRE, BONUS_EXPIRED);
        COUNTER.put(OperationType.DEPOSIT_TOPUP, DEPOSITS_RECEIVED);
        COUNTER.put(OperationType.DEPOSIT_SPEND, DEPOSITS_SPENT);
        COUNTER.put(OperationType.CREDIT_SPEND, CREDIT_SPENT);
        COUNTER.put(OperationType.CREDIT_SETTLE, CREDIT_SETTLED);
        COUNTER.put(OperationType.REFUND_REDEMPTION, BONUS_REDEEMED);
        COUNTER.put(OperationType.REFUND_ACCRUAL, BONUS_ISSUED);
    }

    /** The counter account of an operation type (not of a storno, which reverses its original's postings). */
    public static SystemAccounts counterOf(OperationType type) {
        SystemAccounts account = COUNTER.get(type);
        if (account == null) {
            throw new IllegalArgumentException("No counter account for " + type);
        }
        return account;
    }

    public String code() {
        return "system:" + name();
    }

    /** Creates the system accounts of a new organization. */
    public static void create(EntityManager em, long organizationId) {
        for (SystemAccounts s : values()) {
            AccountEntity a = new AccountEntity();
            a.organizationId = organizationId;
            a.accountType = TYPE;
            a.code = s.code();
            em.persist(a);
        }
    }
}
