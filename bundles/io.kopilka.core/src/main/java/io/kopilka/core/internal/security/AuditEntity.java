package io.kopilka.core.internal.security;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.kopilka.api.security.AuditEntry;

/** Table {@code audit_log}: one administrative action, never changed. */
@Entity
@Table(name = "audit_log")
public class AuditEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id")
    public Long organizationId;

    @Column(name = "actor")
    public String actor;

    @Column(name = "action")
    public String action;

    @Column(name = "target")
    public String target;

    @Column(name = "details")
    public String details;

    @Column(name = "at_time")
    public Instant at;

    AuditEntry toApi() {
        return new AuditEntry(id, organizationId, actor, action, target, details, at);
    }
}
