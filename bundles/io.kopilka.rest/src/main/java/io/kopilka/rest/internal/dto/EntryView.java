package io.kopilka.rest.internal.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.kopilka.api.Amounts;
import io.kopilka.api.account.AccountType;
import io.kopilka.api.account.JournalEntry;
import io.kopilka.api.account.OperationResult;
import io.kopilka.api.account.OperationType;

/** A journal entry as JSON, amounts in decimals. */
public record EntryView(long id, long guestId, OperationType type, AccountType account, BigDecimal amount,
        BigDecimal balanceAfter, String reason, String comment, String author, String idempotencyKey,
        Long reversesEntryId, Instant createdAt, List<PostingView> postings, List<LotView> lots, Boolean replayed) {

    /** One posting. */
    public record PostingView(String account, BigDecimal amount) {
    }

    /** One lot movement. */
    public record LotView(long lotId, BigDecimal amount) {
    }

    public static EntryView of(JournalEntry e, Boolean replayed) {
        return new EntryView(e.id(), e.guestId(), e.type(), e.accountType(), Amounts.toDecimal(e.amount()),
                Amounts.toDecimal(e.balanceAfter()), e.reason(), e.comment(), e.author(), e.idempotencyKey(),
                e.reversesEntryId(), e.createdAt(),
                e.postings().stream().map(p -> new PostingView(p.account(), Amounts.toDecimal(p.amount()))).toList(),
                e.lotMovements().stream().map(m -> new LotView(m.lotId(), Amounts.toDecimal(m.amount()))).toList(),
                replayed);
    }

    public static EntryView of(OperationResult r) {
        return of(r.entry(), r.replayed());
    }
}
