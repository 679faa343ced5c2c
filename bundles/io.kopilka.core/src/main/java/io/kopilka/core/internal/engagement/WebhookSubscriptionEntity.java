package io.kopilka.core.internal.engagement;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** Table {@code webhook_subscription}: a URL, its events, and the salt its signing secret is derived from. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscriptionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id")
    public long organizationId;

    @Column(name = "url")
    public String url;

    /** Event names separated by commas. */
    @Column(name = "events")
    public String events;

    @Column(name = "salt")
    public String salt;

    @Column(name = "active")
    public short active;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
