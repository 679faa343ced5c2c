package io.kopilka.api.messaging;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Stores messages before they are sent, sends them through their channel, retries failures with backoff and keeps
 * the outcome. A message whose dedupe key is already in the outbox is not stored twice.
 */
@ProviderType
public interface Outbox {

    /** Stores a message for sending; returns its entry (the existing one for a known dedupe key). */
    OutboxEntry enqueue(long organizationId, Message message);

    Optional<OutboxEntry> get(long organizationId, long id);

    /** The newest entries first. */
    List<OutboxEntry> recent(long organizationId, int limit);
}
