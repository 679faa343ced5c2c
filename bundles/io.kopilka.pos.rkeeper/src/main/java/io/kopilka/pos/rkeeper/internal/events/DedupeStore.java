package io.kopilka.pos.rkeeper.internal.events;

import java.time.Instant;

/**
 * Remembers which dedupe keys (of notifications and of events) were already delivered. The database-backed
 * implementation must make {@link #claim} atomic across nodes (an insert on a unique key).
 */
public interface DedupeStore {

    /**
     * Records the key as delivered.
     *
     * @return {@code true} if the key was new, {@code false} if it had been claimed before
     */
    boolean claim(String key, Instant at);

    /** Forgets a key claimed for a delivery that then failed, so that a redelivery is processed again. */
    void release(String key);
}
