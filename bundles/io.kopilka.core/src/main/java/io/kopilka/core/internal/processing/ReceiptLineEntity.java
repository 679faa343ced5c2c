package io.kopilka.core.internal.processing;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Table {@code receipt_line}: a line of a committed receipt with its discount, points paid and refunds. */
@Entity
@Table(name = "receipt_line")
public class ReceiptLineEntity {

    /** From {@link io.kopilka.core.internal.db.IdBlocks} ({@code RECEIPT_LINE}), set by the writer. */
    @Id
    public Long id;

    @Column(name = "receipt_id")
    public long receiptId;

    @Column(name = "line_id")
    public String lineId;

    @Column(name = "sku")
    public String sku;

    @Column(name = "name")
    public String name;

    @Column(name = "groups_text")
    public String groups;

    @Column(name = "quantity")
    public BigDecimal quantity;

    @Column(name = "price")
    public long price;

    @Column(name = "amount")
    public long amount;

    @Column(name = "discount")
    public long discount;

    @Column(name = "redemption")
    public long redemption;

    @Column(name = "refunded")
    public long refunded;

    long refundable() {
        return amount - discount - refunded;
    }
}
