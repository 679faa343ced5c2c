package io.kopilka.pos.rkeeper.internal.events;

import static io.kopilka.pos.rkeeper.internal.events.Harness.only;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.ORDER_CHANGED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.PRECHECK_CANCELLED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.PRECHECK_PRINTED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.RECEIPT_ANNULLED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.RECEIPT_CLOSED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.RECEIPT_DELETED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kopilka.pos.rkeeper.sim.SimOrder;
import io.kopilka.pos.rkeeper.sim.SimRestaurant;

/** Pre-check and receipt events. */
class ReceiptEventsTest {

    private final Harness harness = new Harness();
    private final SimRestaurant cash = new SimRestaurant("199990093", "{G}", 41, LocalDate.of(2026, 11, 23),
            LocalDateTime.of(2026, 11, 23, 9, 0));
    private final SimOrder order = new SimOrder("{A}", 617707056, 256, "5", "1000634", "7764", "Иванова");

    @BeforeEach
    void aSavedOrder() {
        harness.send(cash.order(3, "New Order", order));
        order.add(1, "2714", "Борщ", 1000, 29_800).add(2, "3105", "Цезарь", 2000, 45_000);
        harness.send(cash.order(3, "Save Order", order));
    }

    @Test
    void aPrecheckIsPrintedAndCancelled() {
        PosEvent printed = only(harness.send(cash.order(3, "Order Changed", order.bill(true))), PRECHECK_PRINTED);
        assertEquals(119_800, printed.amountKopecks());
        assertEquals(2, printed.lines().size());
        assertEquals(15, printed.kind().proAlertNumber());
        PosEvent cancelled = only(harness.send(cash.order(3, "Order Changed", order.bill(false))),
                PRECHECK_CANCELLED);
        assertEquals(1, cancelled.kind().proAlertNumber());
    }

    @Test
    void situationFiveClosesTheReceiptOnce() {
        order.bill(true).pay(20, "1", "Наличные", 119_800);
        List<PosEvent> events = harness.send(cash.order(5, null, order));
        PosEvent closed = only(events, RECEIPT_CLOSED);
        assertEquals(119_800, closed.amountKopecks());
        assertEquals("payments: Наличные 119800", closed.detail());
        assertEquals(5, closed.situation());
        assertEquals(List.of(ORDER_CHANGED), harness.kinds(cash.order(3, "Order Changed", order)));
    }

    @Test
    void thePaidFlagAloneClosesTheReceipt() {
        order.pay(20, "1", "Наличные", 119_800);
        assertEquals(List.of(ORDER_CHANGED, RECEIPT_CLOSED), harness.kinds(cash.order(3, "Order Changed", order)));
    }

    @Test
    void aPaidOrderBecomingUnpaidIsADeletedReceipt() {
        harness.send(cash.order(5, null, order.pay(20, "1", "Наличные", 119_800)));
        PosEvent deleted = only(harness.send(cash.order(3, "Order Changed", order.unpay())), RECEIPT_DELETED);
        assertTrue(deleted.derived());
        assertEquals(3, deleted.kind().proAlertNumber());
    }

    @Test
    void paymentsTakenOffAnUnpaidOrderAnnulTheReceipt() {
        harness.send(cash.order(3, "Order Changed", order.prepay(20, "2", "Visa", 50_000)));
        PosEvent annulled = only(harness.send(cash.order(3, "Order Changed", order.unpay())), RECEIPT_ANNULLED);
        assertEquals(List.of(new EventLine("20", "2", "Visa", 0, 50_000)), annulled.lines());
        assertEquals(2, annulled.kind().proAlertNumber());
    }

    @Test
    void aSituationFiveWithoutAnOrderIsStillAClosedReceipt() {
        String xml = "<a RestCode='199990093' DateTime='2026-11-23T12:00:00' Situation='5' seqnumber='42' guid='{G}'/>";
        assertEquals(List.of(RECEIPT_CLOSED), harness.kinds(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void farCardsReceiptModesNameKinds() {
        assertEquals(Optional.of(RECEIPT_CLOSED), FarCardsChmode.kindFor(1));
        assertEquals(Optional.of(RECEIPT_ANNULLED), FarCardsChmode.kindFor(2));
        assertEquals(Optional.of(RECEIPT_DELETED), FarCardsChmode.kindFor(3));
        assertEquals(Optional.of(PRECHECK_PRINTED), FarCardsChmode.kindFor(6));
        assertEquals(Optional.of(PRECHECK_CANCELLED), FarCardsChmode.kindFor(12));
        assertEquals(Optional.empty(), FarCardsChmode.kindFor(5));
    }
}
