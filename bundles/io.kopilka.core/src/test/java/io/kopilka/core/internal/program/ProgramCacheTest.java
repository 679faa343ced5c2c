package io.kopilka.core.internal.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The program cache: kept for its time to live, dropped at once by a local change, never refilled by an older read. */
class ProgramCacheTest {

    private static ProgramEntity program(long id, int version) {
        ProgramEntity p = new ProgramEntity();
        p.id = id;
        p.version = version;
        return p;
    }

    @Test
    void keepsProgramsForTheTimeToLiveThenReadsAgain() {
        AtomicInteger reads = new AtomicInteger();
        AtomicLong now = new AtomicLong(1_000);
        ProgramCache cache = new ProgramCache(org -> {
            reads.incrementAndGet();
            return List.of(program(org, reads.get()));
        }, now::get);
        List<ProgramEntity> first = cache.get(1);
        assertSame(first, cache.get(1));
        cache.get(2);
        assertEquals(2, reads.get(), "one read per organization");
        now.addAndGet(ProgramCache.TTL_MILLIS);
        assertEquals(3, cache.get(1).get(0).version, "read again after the time to live");
    }

    @Test
    void aLocalChangeIsSeenByTheNextReceipt() {
        AtomicInteger version = new AtomicInteger(1);
        ProgramCache cache = new ProgramCache(org -> List.of(program(7, version.get())), () -> 0);
        assertEquals(1, cache.get(7).get(0).version);
        version.set(2);
        assertEquals(1, cache.get(7).get(0).version, "kept until dropped");
        cache.invalidate(7);
        assertEquals(2, cache.get(7).get(0).version);
    }

    @Test
    void aReadThatRacedAChangeIsNotKept() {
        AtomicInteger version = new AtomicInteger(1);
        AtomicReference<ProgramCache> self = new AtomicReference<>();
        AtomicInteger reads = new AtomicInteger();
        ProgramCache cache = new ProgramCache(org -> {
            List<ProgramEntity> read = List.of(program(7, version.get()));
            if (reads.incrementAndGet() == 1) {
                version.set(2);
                self.get().invalidate(7);
            }
            return read;
        }, () -> 0);
        self.set(cache);
        assertEquals(1, cache.get(7).get(0).version, "the racing read answers its own receipt");
        assertEquals(2, cache.get(7).get(0).version, "but is not kept");
    }
}
