package io.kopilka.core.internal.messaging;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import io.kopilka.api.messaging.OutboxEntry;

/** Table {@code outbox}: a message stored before it is sent, and its delivery state. */
@Entity
@Table(name = "outbox")
public class OutboxEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id")
    public long organizationId;

    @Column(name = "channel")
    public String channel;

    @Column(name = "address")
    public String address;

    @Column(name = "subject")
    public String subject;

    @Lob
    @Column(name = "body")
    public String body;

    @Lob
    @Column(name = "buttons_json")
    public String buttonsJson;

    @Lob
    @Column(name = "image")
    public byte[] image;

    @Column(name = "dedupe_key")
    public String dedupeKey;

    @Column(name = "status")
    public String status;

    @Column(name = "attempts")
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "provider_id")
    public String providerId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    OutboxEntry toApi() {
        return new OutboxEntry(id, organizationId, channel, address, OutboxEntry.Status.valueOf(status), attempts,
                nextAttemptAt, lastError, providerId, createdAt, sentAt);
    }
}
