package io.kopilka.core.internal.guest;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.kopilka.api.guest.Identifier;
import io.kopilka.api.guest.IdentifierStatus;
import io.kopilka.api.guest.IdentifierType;

/** Table {@code identifier}: values are unique within an organization, blocked ones included. */
@Entity
@Table(name = "identifier")
public class IdentifierEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id")
    public long organizationId;

    @Column(name = "guest_id")
    public long guestId;

    @Column(name = "id_type")
    public String type;

    @Column(name = "id_value")
    public String value;

    @Column(name = "status")
    public String status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "blocked_at")
    public Instant blockedAt;

    @Column(name = "block_reason")
    public String blockReason;

    Identifier toApi() {
        return new Identifier(id, guestId, IdentifierType.valueOf(type), value, IdentifierStatus.valueOf(status),
                createdAt, blockedAt, blockReason);
    }
}
