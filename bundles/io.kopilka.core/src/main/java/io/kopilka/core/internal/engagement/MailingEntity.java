package io.kopilka.core.internal.engagement;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** Table {@code mailing}: a manager's message to guests; its deliveries are outbox messages. */
@Entity
@Table(name = "mailing")
public class MailingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id")
    public long organizationId;

    @Column(name = "body")
    public String text;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "recipients")
    public int recipients;

    @Column(name = "skipped")
    public int skipped;
}
