package io.kopilka.core.internal.ledger;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Table {@code posting}: an amount added to one account by one entry. */
@Entity
@Table(name = "posting")
public class PostingEntity {

    /** From {@link io.kopilka.core.internal.db.IdBlocks} ({@code POSTING}), set by the writer. */
    @Id
    public Long id;

    @Column(name = "entry_id")
    public long entryId;

    @Column(name = "account_id")
    public long accountId;

    @Column(name = "amount")
    public long amount;
}
