package io.kopilka.core.internal.ledger;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** Table {@code posting}: an amount added to one account by one entry. */
@Entity
@Table(name = "posting")
public class PostingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entry_id")
    public long entryId;

    @Column(name = "account_id")
    public long accountId;

    @Column(name = "amount")
    public long amount;
}
