package io.kopilka.rest.internal.dto;

import java.math.BigDecimal;
import java.time.Instant;

import io.kopilka.api.Amounts;
import io.kopilka.api.account.AccountBalance;
import io.kopilka.api.account.AccountType;

/** An account's balance as JSON; the credit limit only for credit accounts. */
public record BalanceView(AccountType type, BigDecimal balance, BigDecimal available, BigDecimal pending,
        BigDecimal expiringSoon, Instant nextExpiry, BigDecimal creditLimit) {

    public static BalanceView of(AccountBalance b) {
        boolean bonus = b.type() == AccountType.BONUS;
        return new BalanceView(b.type(), Amounts.toDecimal(b.balance()), Amounts.toDecimal(b.available()),
                bonus ? Amounts.toDecimal(b.pending()) : null, bonus ? Amounts.toDecimal(b.expiringSoon()) : null,
                b.nextExpiry(), b.type() == AccountType.CREDIT ? Amounts.toDecimal(b.creditLimit()) : null);
    }
}
