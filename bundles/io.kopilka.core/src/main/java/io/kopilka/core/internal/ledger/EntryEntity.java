package io.kopilka.core.internal.ledger;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Table {@code journal_entry}: one immutable, balanced journal entry. */
@Entity
@Table(name = "journal_entry")
public class EntryEntity {

    /** From {@link io.kopilka.core.internal.db.IdBlocks} ({@code JOURNAL_ENTRY}), set by the writer. */
    @Id
    public Long id;

    @Column(name = "organization_id")
    public long organizationId;

    @Column(name = "guest_id")
    public long guestId;

    @Column(name = "entry_type")
    public String entryType;

    @Column(name = "account_type")
    public String accountType;

    @Column(name = "amount")
    public long amount;

    @Column(name = "balance_after")
    public long balanceAfter;

    @Column(name = "reason")
    public String reason;

    @Column(name = "comment_text")
    public String comment;

    @Column(name = "author")
    public String author;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "reverses_entry_id")
    public Long reversesEntryId;

    @Column(name = "created_at")
    public Instant createdAt;
}
