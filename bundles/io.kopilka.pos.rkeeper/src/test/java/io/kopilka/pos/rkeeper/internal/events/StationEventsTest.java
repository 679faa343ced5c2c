package io.kopilka.pos.rkeeper.internal.events;

import static io.kopilka.pos.rkeeper.internal.events.Harness.only;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.CASHIER_LOGIN;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.CASHIER_LOGOUT;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.CASH_PROGRAM_STARTED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.CASH_PROGRAM_STOPPED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.CASH_SERVER_STARTED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.NEW_ORDER;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.SHIFT_CLOSED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.UNRECOGNIZED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kopilka.pos.rkeeper.sim.SimOrder;
import io.kopilka.pos.rkeeper.sim.SimRestaurant;

/** Station, shift and cashier events, and notifications Kopilka does not know. */
class StationEventsTest {

    private final Harness harness = new Harness();
    private final SimRestaurant cash = new SimRestaurant("199990093", "{G}", 41, LocalDate.of(2026, 11, 23),
            LocalDateTime.of(2026, 11, 23, 9, 0));

    @Test
    void theOfficialServerStartIsACashServerStart() {
        PosEvent event = only(harness.send(NotificationParserTest.vector("ordernotify-server-started.xml")),
                CASH_SERVER_STARTED);
        assertEquals("199990093", event.restCode());
        assertEquals(1, event.situation());
        assertEquals("Started", event.notificationName());
        assertEquals(LocalDateTime.of(2020, 1, 14, 15, 38, 23), event.venueTime());
        assertEquals(Instant.parse("2026-11-23T06:00:00Z"), event.receivedAt());
        assertFalse(event.derived());
        assertNull(event.order());
    }

    @Test
    void theOfficialStationStartIsACashProgramStart() {
        PosEvent event = only(harness.send(NotificationParserTest.vector("ordernotify-station-started.xml")),
                CASH_PROGRAM_STARTED);
        assertEquals("1", event.station().code());
        assertEquals("MM_CASH", event.station().name());
        assertEquals(8, event.kind().proAlertNumber());
    }

    @Test
    void aStationStartingAgainHadStoppedWhenLastHeardFrom() {
        assertEquals(List.of(CASH_PROGRAM_STARTED), harness.kinds(cash.stationStarted()));
        LocalDateTime firstStart = LocalDateTime.of(2026, 11, 23, 9, 0);
        List<PosEvent> again = harness.send(cash.stationStarted());
        assertEquals(List.of(CASH_PROGRAM_STOPPED, CASH_PROGRAM_STARTED), Harness.kinds(again));
        PosEvent stopped = again.get(0);
        assertTrue(stopped.derived());
        assertEquals(firstStart, stopped.venueTime());
        assertEquals("1", stopped.station().code());
    }

    @Test
    void aChangedShiftNumberClosesTheShift() {
        harness.send(cash.serverStarted());
        cash.closeShift(LocalDate.of(2026, 11, 24), LocalDateTime.of(2026, 11, 24, 8, 0));
        List<PosEvent> events = harness.send(cash.serverStarted());
        PosEvent closed = only(events, SHIFT_CLOSED);
        assertTrue(closed.derived());
        assertTrue(closed.detail().contains("shift 41"), closed.detail());
        assertEquals(16, closed.kind().proAlertNumber());
        assertEquals(List.of(SHIFT_CLOSED, CASH_SERVER_STARTED), Harness.kinds(events));
    }

    @Test
    void anEmployeesFirstActivityInAShiftIsTheirLogin() {
        SimOrder first = new SimOrder("{1}", 1, 1, "5", "100", "7764", "Иванова");
        SimOrder second = new SimOrder("{2}", 2, 2, "6", "100", "7764", "Иванова");
        PosEvent login = only(harness.send(cash.order(3, "New Order", first)), CASHIER_LOGIN);
        assertEquals("7764", login.employee().code());
        assertTrue(login.derived());
        assertEquals(List.of(NEW_ORDER), harness.kinds(cash.order(3, "New Order", second)));
        cash.closeShift(LocalDate.of(2026, 11, 24), LocalDateTime.of(2026, 11, 24, 8, 0));
        SimOrder nextDay = new SimOrder("{3}", 3, 3, "6", "100", "7764", "Иванова");
        assertEquals(List.of(SHIFT_CLOSED, CASHIER_LOGIN, NEW_ORDER), harness.kinds(cash.order(3, "New Order",
                nextDay)));
    }

    @Test
    void aKindTheVocabularyLearnsIsRaisedAsItIs() {
        Harness learned = new Harness(Vocabulary.defaults().withSituation(9, CASHIER_LOGOUT));
        String xml = "<a RestCode='1' DateTime='2026-11-23T20:00:00' Situation='9' seqnumber='5' guid='{G}'>"
                + "<Station id='15003' code='1' name='MM_CASH'/></a>";
        PosEvent logout = only(learned.send(xml.getBytes(StandardCharsets.UTF_8)), CASHIER_LOGOUT);
        assertEquals("1", logout.station().code());
        assertEquals(9, logout.situation());
    }

    @Test
    void anUnknownNotificationIsKeptAsUnrecognized() {
        String xml = "<a RestCode='1' DateTime='2026-11-23T20:00:00' Situation='9' seqnumber='5' guid='{G}' "
                + "name='Something Else'/>";
        PosEvent unknown = only(harness.send(xml.getBytes(StandardCharsets.UTF_8)), UNRECOGNIZED);
        assertEquals("name=Something Else Situation=9", unknown.detail());
    }
}
