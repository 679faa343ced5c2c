package io.kopilka.core.internal.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.org.Venue;
import io.kopilka.api.pos.PosEvent;
import io.kopilka.api.processing.PosContext;
import io.kopilka.core.internal.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Resolving POS codes to venues and terminals, and storing POS events once. */
class PosTest {

    private static Fixture f;
    private static Venue venue;

    @BeforeAll
    static void open() {
        f = new Fixture("pos");
        venue = f.organizations.createVenue(f.org.id(), "77", "Bar");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void resolvesVenueByCodeAndAddsUnknownStationsOnce() {
        PosDirectoryImpl directory = new PosDirectoryImpl(f.db.database());
        PosContext first = directory.resolve(f.org.id(), "rkeeper", "77", "5", null);
        PosContext again = directory.resolve(f.org.id(), "rkeeper", "77", "5", null);
        assertEquals(venue.id(), first.venueId());
        assertEquals(first.terminalId(), again.terminalId());
        assertEquals("rkeeper:77/5", first.author());
        assertEquals(1, f.organizations.terminals(venue.id()).size());
        assertTrue(f.audit.recent(f.org.id(), 5).stream().anyMatch(a -> a.action().equals("pos.terminal-added")));
        assertEquals("venueCode", assertThrows(NotFoundException.class,
                () -> directory.resolve(f.org.id(), "rkeeper", "99", "1", null)).field());
    }

    @Test
    void storesEachEventOnceAndPostsIt() {
        PosEventsImpl events = new PosEventsImpl(f.db.database());
        List<Event> posted = new ArrayList<>();
        events.setEvents(new EventAdmin() {
            public void postEvent(Event event) {
                posted.add(event);
            }

            public void sendEvent(Event event) {
                posted.add(event);
            }
        });
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        PosEvent closed = new PosEvent("rkeeper", f.org.id(), venue.id(), null, "RECEIPT_CLOSED", "order-1/close", at,
                "Anna", "order-1", "r-1", 123_45, Map.of("table", "7"));
        assertTrue(events.publish(closed));
        assertFalse(events.publish(closed), "a duplicate is ignored");
        assertEquals(1, posted.size());
        assertEquals("io/kopilka/pos/RECEIPT_CLOSED", posted.get(0).getTopic());
        List<PosEvent> stored = events.since(f.org.id(), venue.id(), at.minusSeconds(1), 10);
        assertEquals(List.of(closed), stored);
        assertEquals(1, events.since(f.org.id(), null, at, 10).size());
        assertThrows(InvalidInputException.class, () -> events.publish(new PosEvent("rkeeper", f.org.id(),
                venue.id(), null, "bad kind", "k", at, null, null, null, 0, null)));
    }
}
