package io.kopilka.core.internal.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.kopilka.api.messaging.Channel;
import io.kopilka.api.messaging.Delivery;
import io.kopilka.api.messaging.Message;
import io.kopilka.api.messaging.OutboxEntry.Status;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.program.Json;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds. Each round claims due messages (PENDING, due now) by marking them SENDING in one
 * transaction, sends them outside it through their channel at no more than the channel's rate (a message whose
 * address is still within the channel's per-address interval goes back to the queue until then, no attempt counted),
 * and records each
 * outcome in its own transaction: SENT; PENDING again with exponential backoff (or the channel's retry-after) up to
 * {@value #MAX_ATTEMPTS} attempts, then FAILED; FAILED at once when the channel says so. Messages left SENDING by a
 * crash go back to PENDING when the sender starts; one whose send completed just before the crash is sent again (at
 * least once, never lost).
 */
@Component(immediate = true, service = OutboxSender.class)
public class OutboxSender {

    static final int MAX_ATTEMPTS = 10;
    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    static final Duration NO_CHANNEL_RETRY = Duration.ofSeconds(30);
    private static final int BATCH = 50;
    /** How long a stop waits for the send in flight; what was claimed and not sent is queued again at the next start. */
    static final Duration STOP_WAIT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final Database db;
    private final Clock clock;
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    private final Map<String, Long> nextSlotNanos = new ConcurrentHashMap<>();
    private final Map<String, Instant> addressSlots = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;
    private volatile boolean stopped;

    @Activate
    public OutboxSender(@Reference Database db) {
        this(db, Clock.systemUTC());
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kopilka-outbox"));
        scheduler.scheduleWithFixedDelay(this::runSafely, 1, 1, TimeUnit.SECONDS);
    }

    public OutboxSender(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        recover();
    }

    @Deactivate
    void stop() {
        if (scheduler != null) {
            stopped = true;
            scheduler.shutdown();
            try {
                if (!scheduler.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                    LOG.warn("The outbox sender is still sending after {}; it is interrupted", STOP_WAIT);
                    scheduler.shutdownNow();
                }
            } catch (InterruptedException e) {
                scheduler.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeChannel")
    public void addChannel(Channel channel, Map<String, Object> properties) {
        Object id = properties.get(Channel.ID_PROPERTY);
        if (id != null) {
            channels.put(id.toString(), channel);
        }
    }

    public void removeChannel(Channel channel, Map<String, Object> properties) {
        Object id = properties.get(Channel.ID_PROPERTY);
        if (id != null) {
            channels.remove(id.toString(), channel);
        }
    }

    /** One round: sends every due message; returns how many attempts were made. */
    public int runOnce() {
        if (stopped) {
            return 0;
        }
        List<OutboxEntity> claimed = db.tx(em -> {
            List<OutboxEntity> due = em.createQuery("SELECT o FROM OutboxEntity o WHERE o.status = 'PENDING' "
                    + "AND o.nextAttemptAt <= :now ORDER BY o.id", OutboxEntity.class)
                    .setParameter("now", clock.instant()).setMaxResults(BATCH).getResultList();
            due.forEach(o -> o.status = Status.SENDING.name());
            return due;
        });
        for (OutboxEntity o : claimed) {
            if (stopped) {
                break;
            }
            Channel channel = channels.get(o.channel);
            Instant free = channel == null ? null : addressFreeAt(channel, o);
            if (free != null) {
                defer(o.id, free);
                continue;
            }
            Delivery outcome = channel == null ? new Delivery.RetryLater(NO_CHANNEL_RETRY,
                    "channel " + o.channel + " is not installed") : send(channel, o);
            record(o.id, outcome, channel != null);
        }
        return claimed.size();
    }

    /** The ids of the channels installed now. */
    public Set<String> installedChannels() {
        return Set.copyOf(channels.keySet());
    }

    /**
     * {@code null} if the message's address may be sent to now (and books its next slot); otherwise when it may.
     */
    private Instant addressFreeAt(Channel channel, OutboxEntity o) {
        Duration interval = channel.perAddressInterval();
        if (interval == null || interval.isZero() || interval.isNegative()) {
            return null;
        }
        Instant now = clock.instant();
        String key = o.channel + '\n' + o.address;
        Instant free = addressSlots.get(key);
        if (free != null && free.isAfter(now)) {
            return free;
        }
        if (addressSlots.size() > 10_000) {
            addressSlots.values().removeIf(at -> !at.isAfter(now));
        }
        addressSlots.put(key, now.plus(interval));
        return null;
    }

    /** Puts a message back for later without counting an attempt (its address is busy). */
    private void defer(long id, Instant until) {
        db.tx(em -> {
            OutboxEntity o = em.find(OutboxEntity.class, id);
            o.status = Status.PENDING.name();
            o.nextAttemptAt = until;
            return null;
        });
    }

    private Delivery send(Channel channel, OutboxEntity o) {
        pace(o.channel, channel.perSecond());
        try {
            Delivery d = channel.send(new Message(o.channel, o.address, o.subject, o.body, o.image,
                    o.buttonsJson == null ? List.of() : List.of(Json.read(o.buttonsJson, Message.Button[].class)),
                    o.dedupeKey));
            return d == null ? new Delivery.RetryLater(null, "the channel answered nothing") : d;
        } catch (RuntimeException e) {
            LOG.warn("Channel {} failed on outbox message {}", o.channel, o.id, e);
            return new Delivery.RetryLater(null, String.valueOf(e.getMessage()));
        }
    }

    private void record(long id, Delivery outcome, boolean attempted) {
        db.tx(em -> {
            OutboxEntity o = em.find(OutboxEntity.class, id);
            Instant now = clock.instant();
            if (attempted) {
                o.attempts++;
            }
            if (outcome instanceof Delivery.Delivered d) {
                o.status = Status.SENT.name();
                o.sentAt = now;
                o.providerId = d.providerId();
            } else if (outcome instanceof Delivery.Failed f) {
                o.status = Status.FAILED.name();
                o.lastError = clip(f.reason());
            } else if (outcome instanceof Delivery.RetryLater r) {
                o.lastError = clip(r.reason());
                o.status = o.attempts >= MAX_ATTEMPTS ? Status.FAILED.name() : Status.PENDING.name();
                o.nextAttemptAt = now.plus(r.after() != null ? r.after() : backoff(o.attempts));
            }
            return null;
        });
    }

    /** 2, 4, 8, ... seconds after the n-th failed attempt, at most an hour. */
    static Duration backoff(int attempts) {
        Duration d = Duration.ofSeconds(1L << Math.min(Math.max(attempts, 1), 12));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    /** Waits for the channel's next free slot so that it never goes faster than {@code perSecond}. */
    private void pace(String channel, int perSecond) {
        long spacing = 1_000_000_000L / Math.max(1, perSecond);
        long now = System.nanoTime();
        long allowed = Math.max(now, nextSlotNanos.getOrDefault(channel, now));
        nextSlotNanos.put(channel, allowed + spacing);
        long wait = allowed - now;
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** After a crash or restart: whatever was being sent goes back to the queue. */
    private void recover() {
        int back = db.tx(em -> em.createQuery("UPDATE OutboxEntity o SET o.status = 'PENDING' WHERE o.status = "
                + "'SENDING'").executeUpdate());
        if (back > 0) {
            LOG.info("{} outbox messages were being sent when Kopilka stopped; they are queued again", back);
        }
    }

    private void runSafely() {
        try {
            while (!stopped && runOnce() > 0) {
                LOG.debug("Outbox round done");
            }
        } catch (RuntimeException e) {
            LOG.warn("Outbox round failed; it runs again", e);
        }
    }

    private static String clip(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
