package io.kopilka.api.security;

import java.time.Instant;

/** One audited administrative action. */
public record AuditEntry(long id, Long organizationId, String actor, String action, String target, String details,
        Instant at) {
}
