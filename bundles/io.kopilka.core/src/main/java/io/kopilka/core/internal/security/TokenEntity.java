package io.kopilka.core.internal.security;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.kopilka.api.security.Caller;
import io.kopilka.api.security.TokenInfo;
import io.kopilka.api.security.TokenKind;

/** Table {@code api_token}: a token's holder and the SHA-256 of its secret. */
@Entity
@Table(name = "api_token")
public class TokenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id")
    public long organizationId;

    @Column(name = "kind")
    public String kind;

    @Column(name = "venue_id")
    public Long venueId;

    @Column(name = "terminal_id")
    public Long terminalId;

    @Column(name = "name")
    public String name;

    @Column(name = "secret_hash")
    public String secretHash;

    @Column(name = "prefix")
    public String prefix;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    TokenInfo toApi() {
        return new TokenInfo(id, TokenKind.valueOf(kind), organizationId, venueId, terminalId, name, prefix, createdAt,
                revokedAt);
    }

    Caller toCaller() {
        return new Caller(id, TokenKind.valueOf(kind), organizationId, venueId, terminalId, name);
    }
}
