package io.kopilka.pos.rkeeper.internal.events;

import static io.kopilka.pos.rkeeper.internal.events.Harness.only;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.DISH_ADDED_SAVED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.DISH_ADDED_UNSAVED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.DISH_MOVED_IN;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.DISH_MOVED_OUT;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.DISH_REMOVED_SAVED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.DISH_REMOVED_UNSAVED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.NEW_ORDER;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.ORDER_CHANGED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.ORDER_SAVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kopilka.pos.rkeeper.sim.SimOrder;
import io.kopilka.pos.rkeeper.sim.SimRestaurant;

/** Dish events, derived by comparing successive states of an order. */
class DishEventsTest {

    private final Harness harness = new Harness();
    private final SimRestaurant cash = new SimRestaurant("199990093", "{G}", 41, LocalDate.of(2026, 11, 23),
            LocalDateTime.of(2026, 11, 23, 9, 0));
    private final SimOrder order = new SimOrder("{A}", 617707056, 256, "5", "1000634", "7764", "Иванова");

    @BeforeEach
    void aSavedOrderWithBorscht() {
        harness.send(cash.order(3, "New Order", order));
        order.add(1, "2714", "Борщ", 1000, 29_800);
        harness.send(cash.order(3, "Order Changed", order));
        harness.send(cash.order(3, "Save Order", order));
    }

    @Test
    void addedDishesAreUnsavedUntilTheSaveReportsThem() {
        order.add(2, "3105", "Цезарь", 2000, 45_000).add(3, "4001", "Морс", 500, 15_000);
        PosEvent added = only(harness.send(cash.order(3, "Order Changed", order)), DISH_ADDED_UNSAVED);
        assertEquals(List.of(new EventLine("2", "3105", "Цезарь", 2000, 90_000),
                new EventLine("3", "4001", "Морс", 500, 7_500)), added.lines());
        assertEquals(97_500, added.amountKopecks());
        assertEquals("Иванова", added.employee().name());
        assertEquals("Цезарь ×2 = 900.00; Морс ×0.5 = 75.00", added.details().get("lines"));
        assertEquals("{A}", added.details().get("order"));
        assertEquals("5", added.details().get("table"));
        assertEquals("false", added.details().get("derived"));
        List<PosEvent> saved = harness.send(cash.order(3, "Save Order", order));
        assertEquals(List.of(ORDER_SAVED, DISH_ADDED_SAVED), Harness.kinds(saved));
        assertEquals(added.lines(), saved.get(1).lines());
    }

    @Test
    void aSaveThatFollowsLostChangesStillReportsWhatWasSaved() {
        order.add(2, "3105", "Цезарь", 1000, 45_000);
        cash.order(3, "Order Changed", order);
        PosEvent saved = only(harness.send(cash.order(3, "Save Order", order)), DISH_ADDED_SAVED);
        assertEquals(List.of(new EventLine("2", "3105", "Цезарь", 1000, 45_000)), saved.lines());
    }

    @Test
    void deletingAnUnsavedDishIsTheFastFoodCase() {
        order.add(2, "4001", "Морс", 1000, 15_000);
        harness.send(cash.order(3, "Order Changed", order));
        order.remove(2);
        List<PosEvent> events = harness.send(cash.order(3, "Order Changed", order));
        assertEquals(List.of(ORDER_CHANGED, DISH_REMOVED_UNSAVED), Harness.kinds(events));
        assertEquals(List.of(new EventLine("2", "4001", "Морс", 1000, 15_000)), events.get(1).lines());
        assertEquals(6, events.get(1).kind().proAlertNumber());
    }

    @Test
    void voidingASavedDishIsReportedOnce() {
        order.voidLine(1);
        PosEvent voided = only(harness.send(cash.order(3, "Order Changed", order)), DISH_REMOVED_SAVED);
        assertEquals(List.of(new EventLine("1", "2714", "Борщ", 1000, 29_800)), voided.lines());
        assertEquals(7, voided.kind().proAlertNumber());
        assertEquals(List.of(ORDER_SAVED), harness.kinds(cash.order(3, "Save Order", order)));
        assertEquals(List.of(ORDER_CHANGED), harness.kinds(cash.order(3, "Order Changed", order)));
    }

    @Test
    void aSavedDishLeavingWithoutAVoidAndArrivingElsewhereIsAMove() {
        order.discard(1);
        PosEvent out = only(harness.send(cash.order(3, "Order Changed", order)), DISH_MOVED_OUT);
        assertTrue(out.derived());
        assertEquals("{A}", out.order().key());
        harness.clock.advance(Duration.ofMinutes(2));
        SimOrder target = new SimOrder("{B}", 617707057, 257, "7", "1000634", "7764", "Иванова");
        target.add(4, "2714", "Борщ", 1000, 29_800);
        List<PosEvent> events = harness.send(cash.order(3, "Order Changed", target));
        assertEquals(List.of(NEW_ORDER, ORDER_CHANGED, DISH_MOVED_IN), Harness.kinds(events));
        PosEvent in = events.get(2);
        assertEquals("{B}", in.order().key());
        assertEquals("matches a dish that left order {A}", in.detail());
        assertEquals(List.of(new EventLine("4", "2714", "Борщ", 1000, 29_800)), in.lines());
    }

    @Test
    void aDishArrivingAfterTheMoveWindowIsAnOrdinaryAddition() {
        order.discard(1);
        harness.send(cash.order(3, "Order Changed", order));
        harness.clock.advance(Duration.ofMinutes(6));
        SimOrder target = new SimOrder("{B}", 617707057, 257, "7", "1000634", "7764", "Иванова");
        target.add(4, "2714", "Борщ", 1000, 29_800);
        assertEquals(List.of(NEW_ORDER, ORDER_CHANGED, DISH_ADDED_UNSAVED),
                harness.kinds(cash.order(3, "Order Changed", target)));
    }

    @Test
    void aLowerQuantityOfAnUnsavedLineIsAnUnsavedRemoval() {
        order.add(2, "4001", "Морс", 3000, 15_000);
        harness.send(cash.order(3, "Order Changed", order));
        order.add(2, "4001", "Морс", 1000, 15_000);
        PosEvent removed = only(harness.send(cash.order(3, "Order Changed", order)), DISH_REMOVED_UNSAVED);
        assertEquals(List.of(new EventLine("2", "4001", "Морс", 2000, 30_000)), removed.lines());
    }

    @Test
    void aSummaryWithoutLinesChangesNoDish() {
        String xml = "<a RestCode='199990093' DateTime='2026-11-23T12:00:00' Situation='3' seqnumber='99' "
                + "guid='{G}' name='Order Changed'><Order guid='{A}' visit='617707056' orderIdent='256'/></a>";
        assertEquals(List.of(ORDER_CHANGED), harness.kinds(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
