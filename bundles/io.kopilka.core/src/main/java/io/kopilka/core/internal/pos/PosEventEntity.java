package io.kopilka.core.internal.pos;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** Table {@code pos_event}: a POS event, once per vendor and dedupe key. */
@Entity
@Table(name = "pos_event")
public class PosEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id")
    public long organizationId;

    @Column(name = "venue_id")
    public long venueId;

    @Column(name = "terminal_id")
    public Long terminalId;

    @Column(name = "vendor")
    public String vendor;

    @Column(name = "kind")
    public String kind;

    @Column(name = "dedupe_key")
    public String dedupeKey;

    @Column(name = "event_time")
    public Instant at;

    @Column(name = "employee")
    public String employee;

    @Column(name = "order_id")
    public String orderId;

    @Column(name = "receipt_id")
    public String receiptId;

    @Column(name = "amount")
    public long amount;

    @Lob
    @Column(name = "details_json")
    public String detailsJson;

    @Column(name = "created_at")
    public Instant createdAt;
}
