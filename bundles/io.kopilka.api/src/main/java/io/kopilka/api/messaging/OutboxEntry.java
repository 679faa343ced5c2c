package io.kopilka.api.messaging;

import java.time.Instant;

/** A message in the outbox and what became of it. */
public record OutboxEntry(long id, long organizationId, String channel, String address, Status status, int attempts,
        Instant nextAttemptAt, String lastError, String providerId, Instant createdAt, Instant sentAt) {

    /** Where a message is in its life. */
    public enum Status {
        PENDING, SENDING, SENT, FAILED
    }
}
