package io.kopilka.pos.rkeeper.internal.events;

import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.CONNECTION_LOST;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.CONNECTION_RESTORED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Connection lost and restored: once per outage, no flapping, per restaurant, stable keys. */
class SilenceDetectorTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final SilenceDetector detector = new SilenceDetector(Duration.ofMinutes(15), clock);

    private List<PosEventKind> check() {
        return detector.check().stream().map(PosEvent::kind).toList();
    }

    @Test
    void lostOncePerOutageAndRestoredOnce() {
        detector.heard("R1", T0);
        clock.advance(Duration.ofMinutes(14));
        assertEquals(List.of(), check());
        clock.advance(Duration.ofMinutes(1));
        List<PosEvent> lost = detector.check();
        assertEquals(1, lost.size());
        PosEvent event = lost.get(0);
        assertEquals(CONNECTION_LOST, event.kind());
        assertEquals("R1", event.restCode());
        assertEquals(clock.instant(), event.receivedAt());
        assertTrue(event.derived());
        assertTrue(event.detail().contains(T0.toString()), event.detail());
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(5));
            assertEquals(List.of(), check());
        }
        Optional<PosEvent> restored = detector.hear("R1", clock.instant());
        assertEquals(CONNECTION_RESTORED, restored.orElseThrow().kind());
        assertEquals(Optional.empty(), detector.hear("R1", clock.instant()));
        assertEquals(List.of(), check());
    }

    @Test
    void regularContactNeverFlaps() {
        detector.heard("R1", T0);
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMinutes(10));
            assertEquals(Optional.empty(), detector.hear("R1", clock.instant()));
            assertEquals(List.of(), check());
        }
    }

    @Test
    void aSecondOutageIsReportedAgainWithItsOwnKeys() {
        detector.heard("R1", T0);
        clock.advance(Duration.ofMinutes(20));
        PosEvent firstLost = detector.check().get(0);
        PosEvent firstBack = detector.hear("R1", clock.instant()).orElseThrow();
        clock.advance(Duration.ofMinutes(20));
        PosEvent secondLost = detector.check().get(0);
        PosEvent secondBack = detector.hear("R1", clock.instant()).orElseThrow();
        assertNotEquals(firstLost.dedupeKey(), secondLost.dedupeKey());
        assertNotEquals(firstBack.dedupeKey(), secondBack.dedupeKey());
    }

    @Test
    void theSameOutageGivesTheSameKeysOnEveryNode() {
        SilenceDetector other = new SilenceDetector(Duration.ofMinutes(15), clock);
        detector.heard("R1", T0);
        other.heard("R1", T0);
        clock.advance(Duration.ofMinutes(30));
        assertEquals(detector.check().get(0).dedupeKey(), other.check().get(0).dedupeKey());
    }

    @Test
    void restaurantsAreWatchedApartAndOnlyOnceHeardFrom() {
        assertEquals(List.of(), check());
        detector.heard("R1", T0);
        clock.advance(Duration.ofMinutes(10));
        detector.heard("R2", clock.instant());
        clock.advance(Duration.ofMinutes(6));
        List<PosEvent> lost = detector.check();
        assertEquals(List.of("R1"), lost.stream().map(PosEvent::restCode).toList());
        clock.advance(Duration.ofMinutes(10));
        assertEquals(List.of("R2"), detector.check().stream().map(PosEvent::restCode).toList());
    }

    @Test
    void anOlderMessageDoesNotRewindTheLastContact() {
        detector.heard("R1", T0.plusSeconds(600));
        detector.heard("R1", T0);
        assertEquals(T0.plusSeconds(600), detector.lastHeard().get("R1"));
    }

    @Test
    void aRestartSeededAsLostRestoresOnContact() {
        detector.seed("R1", T0, true);
        clock.advance(Duration.ofHours(2));
        assertEquals(List.of(), check());
        assertEquals(CONNECTION_RESTORED, detector.hear("R1", clock.instant()).orElseThrow().kind());
    }

    @Test
    void theRestoreEventIsOnlyLookedAtUntilHeard() {
        detector.heard("R1", T0);
        clock.advance(Duration.ofMinutes(20));
        detector.check();
        assertTrue(detector.restoreEvent("R1", clock.instant()).isPresent());
        assertTrue(detector.restoreEvent("R1", clock.instant()).isPresent());
        detector.heard("R1", clock.instant());
        assertEquals(Optional.empty(), detector.restoreEvent("R1", clock.instant()));
    }

    @Test
    void theThresholdMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new SilenceDetector(Duration.ZERO, clock));
    }
}
