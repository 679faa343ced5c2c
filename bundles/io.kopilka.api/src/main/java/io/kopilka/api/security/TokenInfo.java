package io.kopilka.api.security;

import java.time.Instant;

/** An API token as listed: never its secret, which is stored only hashed. */
public record TokenInfo(long id, TokenKind kind, long organizationId, Long venueId, Long terminalId, String name,
        String prefix, Instant createdAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
