package io.kopilka.core.internal.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kopilka.api.account.AccountBalance;
import io.kopilka.api.account.AccountType;
import io.kopilka.api.account.BonusLot;

/** Computes what a guest sees of an account: available, pending and expiring-soon amounts at a moment. */
final class Balances {

    /** How far ahead "expiring soon" looks. */
    static final Duration EXPIRING_WINDOW = Duration.ofDays(30);

    private Balances() {
    }

    static AccountBalance of(AccountEntity account, List<BonusLot> lots, Instant now) {
        AccountType type = AccountType.valueOf(account.accountType);
        if (type != AccountType.BONUS) {
            long available = type == AccountType.CREDIT ? account.creditLimit + account.balance : account.balance;
            return new AccountBalance(account.id, type, account.balance, available, 0, 0, null, account.creditLimit);
        }
        long available = 0;
        long pending = 0;
        long expiring = 0;
        Instant nextExpiry = null;
        Instant horizon = now.plus(EXPIRING_WINDOW);
        for (BonusLot lot : lots) {
            if (lot.activatesAt().isAfter(now)) {
                pending += lot.remaining();
            } else if (lot.spendableAt(now)) {
                available += lot.remaining();
                if (lot.expiresAt() != null && !lot.expiresAt().isAfter(horizon)) {
                    expiring += lot.remaining();
                    nextExpiry = nextExpiry == null || lot.expiresAt().isBefore(nextExpiry) ? lot.expiresAt()
                            : nextExpiry;
                }
            }
        }
        return new AccountBalance(account.id, type, account.balance, available, pending, expiring, nextExpiry, 0);
    }
}
