package io.kopilka.core.internal.ledger;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Table {@code bonus_lot}: a batch of bonus points with its activation and expiry; {@code remaining} is the sum of its
 * movements. */
@Entity
@Table(name = "bonus_lot")
public class LotEntity {

    /** From {@link io.kopilka.core.internal.db.IdBlocks} ({@code BONUS_LOT}), set by the writer. */
    @Id
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    @Column(name = "initial_amount")
    public long initialAmount;

    @Column(name = "remaining")
    public long remaining;

    @Column(name = "activates_at")
    public Instant activatesAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "source_entry_id")
    public long sourceEntryId;

    /** Whether the guest has been told that this lot expires soon. */
    @Column(name = "expiry_notified")
    public short expiryNotified;

    io.kopilka.api.account.BonusLot toApi() {
        return new io.kopilka.api.account.BonusLot(id, initialAmount, remaining, activatesAt, expiresAt, sourceEntryId);
    }
}
