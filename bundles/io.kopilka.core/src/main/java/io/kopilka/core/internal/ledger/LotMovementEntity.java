package io.kopilka.core.internal.ledger;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Table {@code lot_movement}: points an entry put into or took from one bonus lot. */
@Entity
@Table(name = "lot_movement")
public class LotMovementEntity {

    /** From {@link io.kopilka.core.internal.db.IdBlocks} ({@code LOT_MOVEMENT}), set by the writer. */
    @Id
    public Long id;

    @Column(name = "entry_id")
    public long entryId;

    @Column(name = "lot_id")
    public long lotId;

    @Column(name = "amount")
    public long amount;
}
