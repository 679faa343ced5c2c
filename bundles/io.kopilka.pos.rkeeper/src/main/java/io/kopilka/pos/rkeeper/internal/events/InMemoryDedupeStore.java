package io.kopilka.pos.rkeeper.internal.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link DedupeStore} in memory, for tests and a single node; remembers the most recent keys up to a capacity. */
public final class InMemoryDedupeStore implements DedupeStore {

    private final Map<String, Instant> keys;

    public InMemoryDedupeStore() {
        this(100_000);
    }

    public InMemoryDedupeStore(int capacity) {
        this.keys = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized boolean claim(String key, Instant at) {
        return keys.putIfAbsent(key, at) == null;
    }

    @Override
    public synchronized void release(String key) {
        keys.remove(key);
    }

    /** How many keys are remembered. */
    public synchronized int size() {
        return keys.size();
    }
}
