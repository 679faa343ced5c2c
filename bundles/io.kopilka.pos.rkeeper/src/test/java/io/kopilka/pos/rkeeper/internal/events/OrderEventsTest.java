package io.kopilka.pos.rkeeper.internal.events;

import static io.kopilka.pos.rkeeper.internal.events.Harness.only;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.CASHIER_LOGIN;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.DISCOUNT_ADDED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.DISCOUNT_REMOVED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.DISH_ADDED_UNSAVED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.LOYALTY_DISCOUNT_ADDED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.LOYALTY_DISCOUNT_REMOVED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.NEW_ORDER;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.ORDER_CHANGED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.ORDER_OPENED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.ORDER_QUIT_WITHOUT_SAVING;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.ORDER_RECALCULATED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.ORDER_SAVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kopilka.pos.rkeeper.sim.SimOrder;
import io.kopilka.pos.rkeeper.sim.SimRestaurant;

/** The order lifecycle and discount events. */
class OrderEventsTest {

    private final Harness harness = new Harness();
    private final SimRestaurant cash = new SimRestaurant("199990093", "{G}", 41, LocalDate.of(2026, 11, 23),
            LocalDateTime.of(2026, 11, 23, 9, 0));
    private final SimOrder order = new SimOrder("{A}", 617707056, 256, "5", "1000634", "7764", "Иванова");

    @BeforeEach
    void aWaiterHasStartedWorking() {
        harness.send(cash.order(3, "New Order", new SimOrder("{Z}", 1, 1, "1", "1000634", "7764", "Иванова")));
    }

    @Test
    void newOrderCarriesTheOrderAndItsWaiter() {
        PosEvent created = only(harness.send(cash.order(3, "New Order", order)), NEW_ORDER);
        assertFalse(created.derived());
        assertEquals(new OrderRef("{A}", "{A}", "617707056", "256", new Ref(null, "5", null, null)),
                created.order());
        assertEquals("Иванова", created.employee().name());
        assertEquals(3, created.situation());
    }

    @Test
    void anOrderFirstSeenInAChangeIsDerivedAsNew() {
        order.add(1, "2714", "Борщ", 1000, 29_800);
        List<PosEvent> events = harness.send(cash.order(3, "Order Changed", order));
        assertEquals(List.of(NEW_ORDER, ORDER_CHANGED, DISH_ADDED_UNSAVED), Harness.kinds(events));
        assertTrue(events.get(0).derived());
    }

    @Test
    void theNamedLifecycleKindsAreRaised() {
        harness.send(cash.order(3, "New Order", order));
        assertEquals(List.of(ORDER_OPENED), harness.kinds(cash.order(3, "Open Order", order)));
        assertEquals(List.of(ORDER_CHANGED), harness.kinds(cash.order(3, "Order Changed", order)));
        assertEquals(List.of(ORDER_SAVED), harness.kinds(cash.order(3, "Save Order", order)));
        assertEquals(List.of(ORDER_RECALCULATED), harness.kinds(cash.order(4, "Order recalc", order)));
        assertEquals(List.of(ORDER_CHANGED), harness.kinds(cash.order(3, null, order)));
        assertEquals(List.of(ORDER_RECALCULATED), harness.kinds(cash.order(4, null, order)));
    }

    @Test
    void leavingWithUnsavedDishesIsAQuitWithoutSaving() {
        harness.send(cash.order(3, "New Order", order));
        order.add(1, "2714", "Борщ", 1000, 29_800);
        harness.send(cash.order(3, "Save Order", order));
        order.add(2, "4001", "Морс", 2000, 15_000);
        harness.send(cash.order(3, "Order Changed", order));
        order.discard(2);
        PosEvent quit = only(harness.send(cash.order(3, "Quit Order", order)), ORDER_QUIT_WITHOUT_SAVING);
        assertEquals(List.of(new EventLine("2", "4001", "Морс", 2000, 30_000)), quit.lines());
        assertEquals(30_000, quit.amountKopecks());
        assertEquals(14, quit.kind().proAlertNumber());
        assertEquals(List.of(ORDER_CHANGED), harness.kinds(cash.order(3, "Order Changed", order)));
    }

    @Test
    void leavingASavedOrderIsNoEvent() {
        harness.send(cash.order(3, "New Order", order));
        order.add(1, "2714", "Борщ", 1000, 29_800);
        harness.send(cash.order(3, "Save Order", order));
        assertEquals(List.of(), harness.kinds(cash.order(3, "Quit Order", order)));
    }

    @Test
    void discountsAreReportedOncePerLineWithLoyaltyOnesApart() {
        harness.send(cash.order(3, "New Order", order.add(1, "2714", "Борщ", 1000, 29_800)));
        order.discount(10, "12", "Карта гостя 10%", -2_980, "8002")
                .discount(11, "5", "Скидка 5%", -1_490, null);
        List<PosEvent> added = harness.send(cash.order(3, "Order Changed", order));
        assertEquals(List.of(ORDER_CHANGED, LOYALTY_DISCOUNT_ADDED, DISCOUNT_ADDED), Harness.kinds(added));
        PosEvent loyalty = added.get(1);
        assertEquals(-2_980, loyalty.amountKopecks());
        assertEquals("card 8002", loyalty.detail());
        assertEquals(21, loyalty.kind().proAlertNumber());
        assertEquals(List.of(ORDER_CHANGED), harness.kinds(cash.order(3, "Order Changed", order)));
        order.removeDiscount(10).removeDiscount(11);
        assertEquals(List.of(ORDER_CHANGED, LOYALTY_DISCOUNT_REMOVED, DISCOUNT_REMOVED),
                harness.kinds(cash.order(3, "Order Changed", order)));
    }

    @Test
    void theLoginPrecedesTheOrderEventsOfAnEmployeesFirstActivity() {
        SimOrder other = new SimOrder("{P}", 9, 9, "2", "1000701", "7801", "Петров");
        assertEquals(List.of(CASHIER_LOGIN, NEW_ORDER), harness.kinds(cash.order(3, "New Order", other)));
    }
}
