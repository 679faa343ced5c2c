package io.kopilka.core.internal.program;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * Keeps each organization's active programs for a short while, so that a receipt does not read them. Dropping an
 * organization's entry ({@link #invalidate}) also stops a load that began before the drop from storing what it read,
 * so a change committed before the drop is never hidden by an older read.
 */
final class ProgramCache {

    /** How long another node's change may go unseen. */
    static final long TTL_MILLIS = 5_000;

    private final LongFunction<List<ProgramEntity>> loader;
    private final LongSupplier clock;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Long, Long> generations = new ConcurrentHashMap<>();

    private record Entry(List<ProgramEntity> programs, long loadedAt, long generation) {
    }

    ProgramCache(LongFunction<List<ProgramEntity>> loader) {
        this(loader, System::currentTimeMillis);
    }

    ProgramCache(LongFunction<List<ProgramEntity>> loader, LongSupplier clock) {
        this.loader = loader;
        this.clock = clock;
    }

    /** The organization's active programs, read at most {@link #TTL_MILLIS} ago and not changed here since. */
    List<ProgramEntity> get(long organizationId) {
        long now = clock.getAsLong();
        Entry e = entries.get(organizationId);
        long generation = generations.getOrDefault(organizationId, 0L);
        if (e != null && e.generation == generation && now - e.loadedAt < TTL_MILLIS) {
            return e.programs;
        }
        List<ProgramEntity> programs = List.copyOf(loader.apply(organizationId));
        Entry loaded = new Entry(programs, now, generation);
        entries.compute(organizationId, (k, old) -> generations.getOrDefault(k, 0L) == generation ? loaded : old);
        return programs;
    }

    void invalidate(long organizationId) {
        generations.merge(organizationId, 1L, Long::sum);
        entries.remove(organizationId);
    }
}
