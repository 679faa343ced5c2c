package io.kopilka.api.account;

/**
 * One line of a journal entry: an amount added to one account's balance. The postings of an entry sum to zero.
 *
 * @param account the account's name: {@code guest:<id>:BONUS} or {@code system:BONUS_ISSUED}
 * @param amount minor units; positive adds to the balance, negative takes from it
 */
public record Posting(long accountId, String account, long amount) {
}
