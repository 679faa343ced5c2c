package io.kopilka.api.account;

import java.time.Instant;

/**
 * A guest account's balance, in minor units.
 *
 * @param balance everything on the account (for bonus: all lots, including those not yet active)
 * @param available what may be spent now (bonus: active, unexpired lots; credit: limit plus balance)
 * @param pending bonus points not active yet
 * @param expiringSoon bonus points that expire within 30 days
 * @param nextExpiry when the soonest of those expires; {@code null} if none
 * @param creditLimit for a credit account, how far it may go below zero
 */
public record AccountBalance(long accountId, AccountType type, long balance, long available, long pending,
        long expiringSoon, Instant nextExpiry, long creditLimit) {
}
