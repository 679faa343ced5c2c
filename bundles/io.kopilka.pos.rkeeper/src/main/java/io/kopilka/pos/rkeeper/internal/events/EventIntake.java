package io.kopilka.pos.rkeeper.internal.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTTPOrderNotify pipeline: raw body → parse → map → dedupe → sink, answering r_keeper per
 * {@link IntakeAnswer}. A notification delivered twice is recognised as a whole (its identity, see
 * {@link EventKeys}) and changes nothing; each event is deduplicated again by its own key. State is stored only
 * after the sink took the events; if storing or delivering fails, every key claimed for the delivery is released
 * and r_keeper is asked to retry. Deliveries are serialised (r_keeper sends one queue per address in order).
 */
public final class EventIntake {

    private final NotificationParser parser;
    private final NotificationMapper mapper;
    private final StateStore states;
    private final DedupeStore dedupe;
    private final EventSink sink;
    private final SilenceDetector silence;
    private final Clock clock;

    /**
     * @param silence the connection watch to feed and check, or {@code null} for none
     */
    public EventIntake(NotificationParser parser, NotificationMapper mapper, StateStore states, DedupeStore dedupe,
            EventSink sink, SilenceDetector silence, Clock clock) {
        this.parser = parser;
        this.mapper = mapper;
        this.states = states;
        this.dedupe = dedupe;
        this.sink = sink;
        this.silence = silence;
        this.clock = clock;
    }

    /** Takes one notification body as received. Never throws. */
    public synchronized IntakeResult accept(byte[] body) {
        ParseResult parsed = parser.parse(body);
        if (parsed instanceof ParseResult.Rejected rejected) {
            return IntakeResult.rejected(rejected.error(), rejected.detail());
        }
        Notification notification = ((ParseResult.Parsed) parsed).notification();
        List<String> claimed = new ArrayList<>();
        try {
            return deliver(notification, clock.instant(), claimed);
        } catch (RuntimeException e) {
            releaseQuietly(claimed);
            return IntakeResult.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Raises the connection-lost events due now. Never throws. */
    public synchronized IntakeResult checkSilence() {
        if (silence == null) {
            return IntakeResult.accepted(List.of(), 0);
        }
        List<String> claimed = new ArrayList<>();
        try {
            List<PosEvent> due = silence.lostEvents(clock.instant());
            List<PosEvent> fresh = claim(due, claimed);
            publish(fresh);
            due.forEach(silence::reported);
            return IntakeResult.accepted(fresh, due.size() - fresh.size());
        } catch (RuntimeException e) {
            releaseQuietly(claimed);
            return IntakeResult.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private IntakeResult deliver(Notification n, Instant now, List<String> claimed) {
        List<PosEvent> all = new ArrayList<>();
        if (silence != null) {
            silence.restoreEvent(n.restCode(), now).ifPresent(all::add);
        }
        String key = EventKeys.notification(n);
        if (!dedupe.claim(key, now)) {
            List<PosEvent> fresh = claim(all, claimed);
            publish(fresh);
            heard(n, now);
            return IntakeResult.duplicate(fresh);
        }
        claimed.add(key);
        OrderInfo order = n.order();
        Mapping mapping = mapper.map(n, states.venue(n.restCode()).orElse(null),
                order == null ? null : states.order(n.restCode(), order.key()).orElse(null), now);
        all.addAll(mapping.events());
        List<PosEvent> fresh = claim(all, claimed);
        publish(fresh);
        states.saveVenue(n.restCode(), mapping.venue());
        if (mapping.order() != null) {
            states.saveOrder(n.restCode(), mapping.orderKey(), mapping.order());
        }
        heard(n, now);
        return IntakeResult.accepted(fresh, all.size() - fresh.size());
    }

    private List<PosEvent> claim(List<PosEvent> events, List<String> claimed) {
        List<PosEvent> fresh = new ArrayList<>();
        for (PosEvent event : events) {
            if (dedupe.claim(event.dedupeKey(), event.receivedAt())) {
                claimed.add(event.dedupeKey());
                fresh.add(event);
            }
        }
        return fresh;
    }

    private void publish(List<PosEvent> fresh) {
        if (!fresh.isEmpty()) {
            sink.accept(fresh);
        }
    }

    private void heard(Notification n, Instant now) {
        if (silence != null) {
            silence.heard(n.restCode(), now);
        }
    }

    private void releaseQuietly(List<String> claimed) {
        for (String key : claimed) {
            try {
                dedupe.release(key);
            } catch (RuntimeException ignored) {
                // the store is failing already; the delivery is answered with a retry either way
            }
        }
    }
}
