package io.kopilka.core.internal.expiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kopilka.api.account.AccountBalance;
import io.kopilka.api.account.AccountType;
import io.kopilka.api.account.JournalEntry;
import io.kopilka.api.account.OperationRequest;
import io.kopilka.api.account.OperationType;
import io.kopilka.api.guest.Guest;
import io.kopilka.core.internal.Fixture;
import io.kopilka.core.internal.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.kopilka.api.messaging.OutboxEntry;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The expiry job burns expired lots in small batches with EXPIRE entries and tells about points expiring soon. */
class ExpiryJobTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static MutableClock clock;
    private static Fixture f;

    /** Records posted events (EventAdmin is the framework's; this stands in for it outside OSGi). */
    static final class RecordingEvents implements EventAdmin {
        final List<Event> events = new ArrayList<>();

        @Override
        public void postEvent(Event event) {
            events.add(event);
        }

        @Override
        public void sendEvent(Event event) {
            events.add(event);
        }
    }

    @BeforeAll
    static void open() {
        clock = new MutableClock(START);
        f = new Fixture("expiry", clock);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private void accrue(Guest g, String key, long amount, Duration expiresIn) {
        f.accounts.operate(f.org.id(), g.id(), new OperationRequest(key, OperationType.ACCRUE, amount, null, null,
                null, expiresIn == null ? null : clock.instant().plus(expiresIn)), "test");
    }

    private AccountBalance bonus(Guest g) {
        return f.accounts.balances(f.org.id(), g.id()).stream().filter(b -> b.type() == AccountType.BONUS)
                .findFirst().orElseThrow();
    }

    @Test
    void burnsExpiredLotsInBatchesAndWarnsAheadOnce() {
        List<Guest> guests = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Guest g = f.guest("+7918000000" + i);
            accrue(g, "short-" + i, 1_000, Duration.ofDays(10));
            accrue(g, "long-" + i, 500, Duration.ofDays(100));
            accrue(g, "never-" + i, 200, null);
            guests.add(g);
        }
        f.accounts.operate(f.org.id(), guests.get(0).id(), OperationRequest.of("spend", OperationType.REDEEM, 300),
                "test");
        f.contacts.link(f.org.id(), guests.get(0).id(), "telegram", "chat-expiry");
        ExpiryJob job = new ExpiryJob(f.db.database(), f.notifications, clock, 2, Duration.ofDays(14));
        RecordingEvents events = new RecordingEvents();
        job.setEvents(events);

        assertEquals(0, job.runOnce(), "nothing has expired yet");
        assertEquals(5, events.events.size(), "each guest is told once about the 10-day points");
        assertEquals(ExpiryJob.EXPIRING_TOPIC, events.events.get(0).getTopic());
        job.runOnce();
        assertEquals(5, events.events.size(), "and only once");
        List<OutboxEntry> notices = f.outbox.recent(f.org.id(), 100).stream()
                .filter(o -> o.address().equals("chat-expiry")).toList();
        assertEquals(1, notices.size(), "the linked guest got one EXPIRING_SOON notice: " + notices);
        String expectedDate = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                .format(clock.instant().plus(Duration.ofDays(10)).atZone(java.time.ZoneId.of("Europe/Moscow")));
        String text = f.outboxText(notices.get(0).id());
        assertTrue(text.contains("7 бонусов сгорят " + expectedDate), text);

        clock.advance(Duration.ofDays(11));
        assertEquals(4 * 1_000 + 700, job.runOnce(), "five guests' short lots, in batches of two lots");
        assertEquals(700, bonus(guests.get(0)).balance(), "500 + 200 left; the 300 spent came from the short lot");
        assertEquals(700, bonus(guests.get(1)).balance());
        JournalEntry burn = f.accounts.history(f.org.id(), guests.get(1).id(), AccountType.BONUS, 0, 1).items().get(0);
        assertEquals(OperationType.EXPIRE, burn.type());
        assertEquals(-1_000, burn.amount());
        assertEquals(0, job.runOnce(), "nothing twice");
        assertTrue(f.accounts.check().consistent(), f.accounts.check().problems().toString());
    }
}
