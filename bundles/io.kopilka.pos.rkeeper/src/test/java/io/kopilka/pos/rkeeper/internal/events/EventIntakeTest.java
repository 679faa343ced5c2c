package io.kopilka.pos.rkeeper.internal.events;

import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.CASH_PROGRAM_STARTED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.CASH_SERVER_STARTED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.CONNECTION_LOST;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.CONNECTION_RESTORED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.DISH_ADDED_UNSAVED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.NEW_ORDER;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.ORDER_CHANGED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kopilka.pos.rkeeper.sim.SimOrder;
import io.kopilka.pos.rkeeper.sim.SimRestaurant;

/** The intake: duplicates, failures and retries, refusals, and the connection watch. */
class EventIntakeTest {

    private final SimRestaurant cash = new SimRestaurant("199990093", "{G}", 41, LocalDate.of(2026, 11, 23),
            LocalDateTime.of(2026, 11, 23, 9, 0));

    @Test
    void aNotificationDeliveredTwiceGivesItsEventsOnce() {
        Harness harness = new Harness();
        byte[] start = NotificationParserTest.vector("ordernotify-station-started.xml");
        IntakeResult first = harness.intake.accept(start);
        IntakeResult second = harness.intake.accept(start);
        assertEquals(IntakeResult.Outcome.ACCEPTED, first.outcome());
        assertEquals(List.of(CASH_PROGRAM_STARTED), Harness.kinds(first.published()));
        assertEquals(IntakeResult.Outcome.DUPLICATE, second.outcome());
        assertEquals(List.of(), second.published());
        assertEquals(200, second.answer().status());
        assertEquals(1, harness.published.size());
    }

    @Test
    void theSameSeqNumberAfterARestartIsNotADuplicate() {
        Harness harness = new Harness();
        assertEquals(List.of(CASH_SERVER_STARTED), harness.kinds(cash.serverStarted()));
        cash.idle(Duration.ofMinutes(10));
        assertEquals(List.of(CASH_SERVER_STARTED), harness.kinds(cash.serverStarted()));
    }

    @Test
    void eventKeysAreStableAcrossIntakesAndDistinctAcrossFacts() {
        byte[] body = cash.order(3, "Order Changed", new SimOrder("{A}", 1, 2, "5", "1", "7", "Ann")
                .add(1, "2714", "Борщ", 1000, 29_800));
        List<PosEvent> once = new Harness().send(body);
        List<PosEvent> again = new Harness().send(body);
        assertEquals(once.stream().map(PosEvent::dedupeKey).toList(), again.stream().map(PosEvent::dedupeKey).toList());
        assertEquals(once.size(), once.stream().map(PosEvent::dedupeKey).distinct().count());
        once.forEach(e -> assertTrue(e.dedupeKey().startsWith("rk7:" + e.kind().name() + ":"), e.dedupeKey()));
    }

    @Test
    void aFailingSinkReleasesEverythingSoTheRetryIsProcessed() {
        List<PosEvent> taken = new ArrayList<>();
        boolean[] failing = {true};
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T06:00:00Z"));
        EventIntake intake = new EventIntake(new NotificationParser(), new NotificationMapper(),
                new InMemoryStateStore(), new InMemoryDedupeStore(), events -> {
                    if (failing[0]) {
                        throw new IllegalStateException("database down");
                    }
                    taken.addAll(events);
                }, null, clock);
        byte[] body = cash.order(3, "Order Changed", new SimOrder("{A}", 1, 2, "5", "1", "7", "Ann")
                .add(1, "2714", "Борщ", 1000, 29_800));
        IntakeResult failed = intake.accept(body);
        assertEquals(IntakeResult.Outcome.FAILED, failed.outcome());
        assertEquals(503, failed.answer().status());
        assertTrue(failed.detail().contains("database down"), failed.detail());
        failing[0] = false;
        IntakeResult retried = intake.accept(body);
        assertEquals(IntakeResult.Outcome.ACCEPTED, retried.outcome());
        assertEquals(List.of(PosEventKind.CASHIER_LOGIN, NEW_ORDER, ORDER_CHANGED, DISH_ADDED_UNSAVED),
                Harness.kinds(taken));
    }

    @Test
    void aRefusedBodyIsAnsweredOkWithItsReason() {
        Harness harness = new Harness();
        IntakeResult result = harness.intake.accept("<!DOCTYPE a><a RestCode='1'/>".getBytes(StandardCharsets.UTF_8));
        assertEquals(IntakeResult.Outcome.REJECTED, result.outcome());
        assertEquals(ParseError.DOCTYPE_FORBIDDEN, result.error());
        assertEquals(200, result.answer().status());
        assertEquals("", result.answer().body());
        assertEquals(List.of(), harness.published);
    }

    @Test
    void silenceIsLostOnceAndTheNextMessageRestoresIt() {
        Harness harness = new Harness();
        harness.send(cash.serverStarted());
        harness.clock.advance(Duration.ofMinutes(29));
        assertEquals(List.of(), harness.intake.checkSilence().published());
        harness.clock.advance(Duration.ofMinutes(2));
        IntakeResult lost = harness.intake.checkSilence();
        assertEquals(List.of(CONNECTION_LOST), Harness.kinds(lost.published()));
        assertEquals("199990093", lost.published().get(0).restCode());
        harness.clock.advance(Duration.ofMinutes(30));
        assertEquals(List.of(), harness.intake.checkSilence().published());
        List<PosEvent> back = harness.send(cash.stationStarted());
        assertEquals(List.of(CONNECTION_RESTORED, CASH_PROGRAM_STARTED), Harness.kinds(back));
        assertNotEquals(back.get(0).dedupeKey(), lost.published().get(0).dedupeKey());
    }

    @Test
    void aDuplicateStillProvesTheRestaurantIsUp() {
        Harness harness = new Harness();
        byte[] start = cash.serverStarted();
        harness.send(start);
        harness.clock.advance(Duration.ofHours(1));
        harness.intake.checkSilence();
        IntakeResult duplicate = harness.intake.accept(start);
        assertEquals(IntakeResult.Outcome.DUPLICATE, duplicate.outcome());
        assertEquals(List.of(CONNECTION_RESTORED), Harness.kinds(duplicate.published()));
    }
}
