package io.kopilka.core.internal.processing;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** Table {@code receipt}: a committed receipt, with what it booked; receipts without a guest are kept too. */
@Entity
@Table(name = "receipt")
public class ReceiptEntity {

    /** From {@link io.kopilka.core.internal.db.IdBlocks} ({@code RECEIPT}), set by the writer. */
    @Id
    public Long id;

    @Column(name = "organization_id")
    public long organizationId;

    @Column(name = "venue_id")
    public long venueId;

    @Column(name = "terminal_id")
    public long terminalId;

    @Column(name = "pos_receipt_id")
    public String posReceiptId;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "guest_id")
    public Long guestId;

    @Column(name = "receipt_time")
    public Instant time;

    @Column(name = "cashier")
    public String cashier;

    @Column(name = "total_amount")
    public long total;

    @Column(name = "discount_amount")
    public long discount;

    @Column(name = "redemption_amount")
    public long redemption;

    @Column(name = "accrual_amount")
    public long accrual;

    @Column(name = "refunded_amount")
    public long refunded;

    /** COMMITTED or CANCELLED. */
    @Column(name = "status")
    public String status;

    @Column(name = "redemption_entry_id")
    public Long redemptionEntryId;

    @Lob
    @Column(name = "result_json")
    public String resultJson;

    @Column(name = "created_at")
    public Instant createdAt;

    /** What the guest paid for it in money and points after discounts. */
    long net() {
        return total - discount;
    }
}
