package io.kopilka.pos.rkeeper.internal.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives {@code CONNECTION_LOST} and {@code CONNECTION_RESTORED}: r_keeper sends no heartbeat (S11), so a
 * restaurant counts as lost when nothing was heard from it for longer than the threshold, and as restored when it is
 * heard from again. Each outage gives exactly one lost and one restored event, however often {@link #check} runs and
 * however many messages end it. Restaurants never heard from are not watched. The clock is injected; thread-safe.
 * Anything that proves the restaurant is up (an order notification, a FarCards call) may call {@link #heard}.
 */
public final class SilenceDetector {

    private final Duration threshold;
    private final Clock clock;
    private final Map<String, Watch> watches = new HashMap<>();

    /** A restaurant's last contact, and when the outage being reported began ({@code null} if none). */
    private record Watch(Instant lastHeard, Instant lostSince) {
    }

    public SilenceDetector(Duration threshold, Clock clock) {
        if (threshold.isNegative() || threshold.isZero()) {
            throw new IllegalArgumentException("threshold must be positive");
        }
        this.threshold = threshold;
        this.clock = clock;
    }

    /** Restores a restaurant's state from storage (after a restart). */
    public synchronized void seed(String restCode, Instant lastHeard, boolean lost) {
        watches.put(restCode, new Watch(lastHeard, lost ? lastHeard : null));
    }

    /** Hearing from the restaurant at {@code at}: records it and returns the restored event if it was lost. */
    public synchronized Optional<PosEvent> hear(String restCode, Instant at) {
        Optional<PosEvent> restored = restoreEvent(restCode, at);
        heard(restCode, at);
        return restored;
    }

    /** The restored event that hearing from the restaurant at {@code at} would raise; changes nothing. */
    public synchronized Optional<PosEvent> restoreEvent(String restCode, Instant at) {
        Watch watch = watches.get(restCode);
        if (watch == null || watch.lostSince() == null) {
            return Optional.empty();
        }
        String key = EventKeys.fact(restCode, PosEventKind.CONNECTION_RESTORED, "restored|" + watch.lostSince());
        return Optional.of(event(PosEventKind.CONNECTION_RESTORED, restCode, at, key,
                "heard again after silence since " + watch.lostSince()));
    }

    /** Records that the restaurant was heard from at {@code at}, ending its outage if it was in one. */
    public synchronized void heard(String restCode, Instant at) {
        Watch watch = watches.get(restCode);
        Instant last = watch == null || at.isAfter(watch.lastHeard()) ? at : watch.lastHeard();
        watches.put(restCode, new Watch(last, null));
    }

    /** Raises and records the lost events due now (per the clock). */
    public synchronized List<PosEvent> check() {
        List<PosEvent> lost = lostEvents(clock.instant());
        lost.forEach(this::reported);
        return lost;
    }

    /** The lost events due at {@code now}, one per restaurant silent beyond the threshold and not yet reported. */
    public synchronized List<PosEvent> lostEvents(Instant now) {
        List<PosEvent> lost = new ArrayList<>();
        watches.forEach((restCode, watch) -> {
            if (watch.lostSince() == null && !watch.lastHeard().plus(threshold).isAfter(now)) {
                String key = EventKeys.fact(restCode, PosEventKind.CONNECTION_LOST, "lost|" + watch.lastHeard());
                lost.add(event(PosEventKind.CONNECTION_LOST, restCode, now, key,
                        "nothing heard since " + watch.lastHeard() + " (threshold " + threshold + ")"));
            }
        });
        lost.sort((a, b) -> a.restCode().compareTo(b.restCode()));
        return lost;
    }

    /** Records that a lost event was delivered, so the outage is not reported again. */
    public synchronized void reported(PosEvent lost) {
        Watch watch = watches.get(lost.restCode());
        if (watch != null && lost.kind() == PosEventKind.CONNECTION_LOST) {
            watches.put(lost.restCode(), new Watch(watch.lastHeard(), watch.lastHeard()));
        }
    }

    /** When each watched restaurant was last heard from, for storage. */
    public synchronized Map<String, Instant> lastHeard() {
        Map<String, Instant> last = new HashMap<>();
        watches.forEach((restCode, watch) -> last.put(restCode, watch.lastHeard()));
        return last;
    }

    private static PosEvent event(PosEventKind kind, String restCode, Instant at, String key, String detail) {
        return new PosEvent(kind, restCode, null, null, null, List.of(), 0, null, at, key, -1, null, true, detail);
    }
}
