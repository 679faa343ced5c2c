package io.kopilka.core.internal.messaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kopilka.api.messaging.Channel;
import io.kopilka.api.messaging.Delivery;
import io.kopilka.api.messaging.Message;
import io.kopilka.api.messaging.OutboxEntry;
import io.kopilka.core.internal.Fixture;
import io.kopilka.core.internal.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The outbox: stored once per key, delivered once, retried with backoff, given up, and recovered after a crash. */
class OutboxTest {

    private static MutableClock clock;
    private static Fixture f;
    private static OutboxImpl outbox;

    /** A channel that is down for its first {@code failures} attempts, and records what it delivered. */
    static final class FlakyChannel implements Channel {
        final List<Message> delivered = new ArrayList<>();
        int failures;
        int attempts;
        boolean permanent;

        FlakyChannel(int failures) {
            this.failures = failures;
        }

        @Override
        public Delivery send(Message message) {
            attempts++;
            if (permanent) {
                return new Delivery.Failed("bot blocked by the user");
            }
            if (failures-- > 0) {
                return new Delivery.RetryLater(null, "provider down");
            }
            delivered.add(message);
            return new Delivery.Delivered("m-" + delivered.size());
        }

        @Override
        public int perSecond() {
            return 1_000;
        }
    }

    @BeforeAll
    static void open() {
        clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        f = new Fixture("outbox", clock);
        outbox = new OutboxImpl(f.db.database(), clock);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static OutboxSender sender(String id, Channel channel) {
        OutboxSender s = new OutboxSender(f.db.database(), clock);
        s.addChannel(channel, Map.of(Channel.ID_PROPERTY, id));
        return s;
    }

    private static Message message(String channel, String key) {
        return new Message(channel, "chat-1", null, "Thank you! +50.00", new byte[] {1, 2, 3},
                List.of(new Message.Button("Balance", "balance")), key);
    }

    @Test
    void aFailingChannelGetsEveryMessageExactlyOnceAfterBackoff() {
        FlakyChannel channel = new FlakyChannel(3);
        OutboxSender sender = sender("flaky", channel);
        OutboxEntry a = outbox.enqueue(f.org.id(), message("flaky", "receipt-1"));
        outbox.enqueue(f.org.id(), message("flaky", "receipt-2"));
        assertEquals(a.id(), outbox.enqueue(f.org.id(), message("flaky", "receipt-1")).id(), "one per key");

        sender.runOnce();
        OutboxEntry retried = outbox.get(f.org.id(), a.id()).orElseThrow();
        assertEquals(OutboxEntry.Status.PENDING, retried.status());
        assertEquals(1, retried.attempts());
        assertEquals(0, sender.runOnce(), "not due before the backoff");
        for (int i = 0; i < 5 && channel.delivered.size() < 2; i++) {
            clock.advance(Duration.ofMinutes(1));
            sender.runOnce();
        }
        assertEquals(2, channel.delivered.size());
        assertEquals(List.of("receipt-1", "receipt-2"), channel.delivered.stream().map(Message::dedupeKey).sorted()
                .toList());
        assertArrayEquals(new byte[] {1, 2, 3}, channel.delivered.get(0).image());
        assertEquals("Balance", channel.delivered.get(0).buttons().get(0).text());
        OutboxEntry sent = outbox.get(f.org.id(), a.id()).orElseThrow();
        assertEquals(OutboxEntry.Status.SENT, sent.status());
        clock.advance(Duration.ofHours(2));
        assertEquals(0, sender.runOnce(), "nothing is sent twice");
    }

    @Test
    void aPermanentFailureOrTooManyAttemptsEndsInFailed() {
        FlakyChannel blocked = new FlakyChannel(0);
        blocked.permanent = true;
        OutboxEntry e = outbox.enqueue(f.org.id(), message("blocked", "blocked-1"));
        sender("blocked", blocked).runOnce();
        assertEquals(OutboxEntry.Status.FAILED, outbox.get(f.org.id(), e.id()).orElseThrow().status());

        FlakyChannel down = new FlakyChannel(1_000);
        OutboxSender sender = sender("down", down);
        OutboxEntry d = outbox.enqueue(f.org.id(), message("down", "down-1"));
        for (int i = 0; i < 20; i++) {
            sender.runOnce();
            clock.advance(OutboxSender.MAX_BACKOFF);
        }
        OutboxEntry failed = outbox.get(f.org.id(), d.id()).orElseThrow();
        assertEquals(OutboxEntry.Status.FAILED, failed.status());
        assertEquals(OutboxSender.MAX_ATTEMPTS, failed.attempts());
    }

    @Test
    void aMessageForAMissingChannelWaitsAndACrashLosesNothing() {
        OutboxEntry e = outbox.enqueue(f.org.id(), message("later", "later-1"));
        new OutboxSender(f.db.database(), clock).runOnce();
        OutboxEntry waiting = outbox.get(f.org.id(), e.id()).orElseThrow();
        assertEquals(OutboxEntry.Status.PENDING, waiting.status());
        assertEquals(0, waiting.attempts(), "no channel, no attempt counted");

        f.db.database().tx(em -> em.createQuery("UPDATE OutboxEntity o SET o.status = 'SENDING' WHERE o.id = :i")
                .setParameter("i", e.id()).executeUpdate());
        clock.advance(OutboxSender.NO_CHANNEL_RETRY.plusSeconds(1));
        FlakyChannel channel = new FlakyChannel(0);
        OutboxSender afterRestart = sender("later", channel);
        afterRestart.runOnce();
        assertEquals(1, channel.delivered.size(), "the message stuck in SENDING by a crash is sent after restart");
        assertTrue(outbox.recent(f.org.id(), 10).stream().anyMatch(o -> o.id() == e.id()
                && o.status() == OutboxEntry.Status.SENT));
    }

    @Test
    void backoffDoublesUpToAnHour() {
        assertEquals(Duration.ofSeconds(2), OutboxSender.backoff(1));
        assertEquals(Duration.ofSeconds(8), OutboxSender.backoff(3));
        assertEquals(Duration.ofHours(1), OutboxSender.backoff(30));
    }

    /** A channel whose first send waits until the test lets it finish. */
    static final class SlowChannel implements Channel {
        final List<String> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
        final java.util.concurrent.CountDownLatch sending = new java.util.concurrent.CountDownLatch(1);
        final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

        @Override
        public Delivery send(Message message) {
            sending.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Delivery.RetryLater(null, "interrupted");
            }
            delivered.add(message.dedupeKey());
            return new Delivery.Delivered(message.dedupeKey());
        }
    }

    @Test
    void aStopFinishesTheSendInFlightAndTheNextStartSendsTheRestOnce() throws Exception {
        OutboxImpl now = new OutboxImpl(f.db.database());
        for (int i = 0; i < 3; i++) {
            now.enqueue(f.org.id(), new Message("slow", "chat-9", null, "m" + i, null, null, "stop-" + i));
        }
        SlowChannel channel = new SlowChannel();
        OutboxSender first = new OutboxSender(f.db.database());
        first.addChannel(channel, Map.of(Channel.ID_PROPERTY, "slow"));
        assertTrue(channel.sending.await(30, java.util.concurrent.TimeUnit.SECONDS), "the sender started");
        Thread stopper = new Thread(first::stop);
        stopper.start();
        Thread.sleep(300);
        channel.release.countDown();
        stopper.join(30_000);
        assertEquals(List.of("stop-0"), channel.delivered, "the send in flight finished; nothing after the stop");

        // the messages were queued on the real clock (the first sender's), so they are due on it, not on the test's
        OutboxSender second = new OutboxSender(f.db.database(), Clock.systemUTC());
        second.addChannel(channel, Map.of(Channel.ID_PROPERTY, "slow"));
        second.runOnce();
        assertEquals(List.of("stop-0", "stop-1", "stop-2"), channel.delivered, "each once");
    }
}
