package io.kopilka.api.account;

/**
 * The outcome of an operation.
 *
 * @param replayed {@code true} when the idempotency key had been used before and this is the first result again
 */
public record OperationResult(JournalEntry entry, boolean replayed) {
}
