package io.kopilka.core.internal.processing;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Table {@code receipt_refund}: one refund of a receipt (a cancel is the refund id {@code cancel}) and what it gave
 * back.
 */
@Entity
@Table(name = "receipt_refund")
public class RefundEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "receipt_id")
    public long receiptId;

    @Column(name = "refund_id")
    public String refundId;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "amount")
    public long amount;

    @Column(name = "points_returned")
    public long pointsReturned;

    @Column(name = "points_clawed_back")
    public long pointsClawedBack;

    @Column(name = "clawback_shortfall")
    public long clawbackShortfall;

    @Column(name = "author")
    public String author;

    @Column(name = "created_at")
    public Instant createdAt;
}
