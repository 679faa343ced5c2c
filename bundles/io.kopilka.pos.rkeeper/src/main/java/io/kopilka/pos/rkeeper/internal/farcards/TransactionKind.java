package io.kopilka.pos.rkeeper.internal.farcards;

import java.util.Optional;

/**
 * The transaction type byte of the FarCards transaction record (T1) and its sign convention: a normal operation
 * and its cancellation have opposite signs, so refunds and rollbacks arrive as ordinary transactions.
 */
public enum TransactionKind {

    /** 0: payment, money taken off the card: negative; cancelling it: positive. */
    PAYMENT(0, -1),
    /** 1: discount to the client: negative; cancelling it: positive. */
    DISCOUNT(1, -1),
    /** 2: bonus accrued to the client: positive; cancelling it: negative. */
    BONUS(2, 1),
    /** 3: guest spend, what the guest paid with their own money: positive; receipt cancelled: negative. */
    GUEST_SPEND(3, 1);

    private final int code;
    private final int normalSign;

    TransactionKind(int code, int normalSign) {
        this.code = code;
        this.normalSign = normalSign;
    }

    /** The wire value 0..3. */
    public int code() {
        return code;
    }

    /** Whether {@code amountKopecks} has the sign of a cancellation (refund, rollback, storno) for this kind. */
    public boolean isCancellation(long amountKopecks) {
        return amountKopecks != 0 && Long.signum(amountKopecks) != normalSign;
    }

    /** The kind with this wire value. */
    public static Optional<TransactionKind> fromCode(long code) {
        for (TransactionKind kind : values()) {
            if (kind.code == code) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
