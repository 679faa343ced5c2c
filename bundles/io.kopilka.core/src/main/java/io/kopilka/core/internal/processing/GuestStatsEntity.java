package io.kopilka.core.internal.processing;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Table {@code guest_stats}: a guest's purchases, changed in the same transaction as the receipts that move them. */
@Entity
@Table(name = "guest_stats")
public class GuestStatsEntity {

    @Id
    @Column(name = "guest_id")
    public long guestId;

    @Column(name = "purchases")
    public long purchases;

    @Column(name = "total_spent")
    public long totalSpent;

    @Column(name = "last_purchase")
    public Instant lastPurchase;
}
