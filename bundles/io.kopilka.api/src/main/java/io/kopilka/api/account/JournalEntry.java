package io.kopilka.api.account;

import java.time.Instant;
import java.util.List;

/**
 * One balanced, immutable ledger entry.
 *
 * @param amount minor units moved on the guest account; negative when it took from it
 * @param balanceAfter the guest account's balance right after this entry
 * @param reversesEntryId for a storno: the entry it reverses
 */
public record JournalEntry(long id, long organizationId, long guestId, OperationType type, AccountType accountType,
        long amount, long balanceAfter, String reason, String comment, String author, String idempotencyKey,
        Long reversesEntryId, Instant createdAt, List<Posting> postings, List<LotMovement> lotMovements) {

    public JournalEntry {
        postings = List.copyOf(postings);
        lotMovements = List.copyOf(lotMovements);
    }
}
