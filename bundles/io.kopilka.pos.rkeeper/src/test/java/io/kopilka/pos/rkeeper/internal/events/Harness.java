package io.kopilka.pos.rkeeper.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An {@link EventIntake} on in-memory stores with a hand-moved clock, recording what the sink receives. */
final class Harness {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T06:00:00Z"));
    final List<PosEvent> published = new ArrayList<>();
    final InMemoryDedupeStore dedupe = new InMemoryDedupeStore();
    final SilenceDetector silence = new SilenceDetector(Duration.ofMinutes(30), clock);
    final EventIntake intake;

    Harness() {
        this(Vocabulary.defaults());
    }

    Harness(Vocabulary vocabulary) {
        intake = new EventIntake(new NotificationParser(), new NotificationMapper(vocabulary, Duration.ofMinutes(5)),
                new InMemoryStateStore(), dedupe, published::addAll, silence, clock);
    }

    /** Delivers a body that must be accepted (or be a duplicate) and returns the events it published. */
    List<PosEvent> send(byte[] body) {
        int before = published.size();
        IntakeResult result = intake.accept(body);
        assertEquals(200, result.answer().status(), () -> result.outcome() + " " + result.detail());
        return List.copyOf(published.subList(before, published.size()));
    }

    List<PosEventKind> kinds(byte[] body) {
        return send(body).stream().map(PosEvent::kind).toList();
    }

    static List<PosEventKind> kinds(List<PosEvent> events) {
        return events.stream().map(PosEvent::kind).toList();
    }

    static PosEvent only(List<PosEvent> events, PosEventKind kind) {
        List<PosEvent> matching = new ArrayList<>(events.stream().filter(e -> e.kind() == kind).toList());
        assertEquals(1, matching.size(), () -> "one " + kind + " in " + kinds(events));
        return matching.get(0);
    }
}
