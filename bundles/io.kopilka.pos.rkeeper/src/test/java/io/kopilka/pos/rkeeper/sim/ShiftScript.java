package io.kopilka.pos.rkeeper.sim;

import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.CASHIER_LOGIN;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.CASH_PROGRAM_STARTED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.CASH_PROGRAM_STOPPED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.CASH_SERVER_STARTED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.DISCOUNT_ADDED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.DISCOUNT_REMOVED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.DISH_ADDED_SAVED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.DISH_ADDED_UNSAVED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.DISH_REMOVED_SAVED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.DISH_REMOVED_UNSAVED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.LOYALTY_DISCOUNT_ADDED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.NEW_ORDER;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.ORDER_CHANGED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.ORDER_QUIT_WITHOUT_SAVING;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.ORDER_RECALCULATED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.ORDER_SAVED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.PRECHECK_PRINTED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.RECEIPT_CLOSED;
import static io.kopilka.pos.rkeeper.internal.events.PosEventKind.SHIFT_CLOSED;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import io.kopilka.pos.rkeeper.internal.events.PosEventKind;

/**
 * A scripted shift at restaurant 199990093: the cash server and station start, a waiter's first order (her login),
 * dishes added and saved (the save sent twice), an unsaved dish deleted, a saved dish voided, a loyalty and a manual
 * discount, the manual one removed, a pre-check, payment and the receipt closed (sent twice); then the cash server
 * stops with two messages of a second order still queued (lost), restarts, and the order is edited and left without
 * saving; then the shift is closed and the next morning another waiter opens an order. Each {@link Delivery} says
 * which events Kopilka should publish for it.
 */
public final class ShiftScript {

    private static final String[] IVANOVA = {"1000634", "7764", "Иванова"};
    private static final String[] PETROV = {"1000701", "7801", "Петров"};
    private static final int CHANGED = 3;

    private final SimRestaurant cash = new SimRestaurant("199990093", "{9ECCB1B5-97EE-4B88-9840-8568F05586D0}", 41,
            LocalDate.of(2026, 11, 23), LocalDateTime.of(2026, 11, 23, 9, 0));
    private final List<Delivery> deliveries = new ArrayList<>();

    private ShiftScript() {
    }

    /** The script's messages in sending order (duplicates are separate deliveries; lost ones are marked). */
    public static List<Delivery> deliveries() {
        ShiftScript script = new ShiftScript();
        script.firstOrder();
        script.restartLosingQueuedEvents();
        script.nextShift();
        return List.copyOf(script.deliveries);
    }

    public static String restCode() {
        return "199990093";
    }

    private void firstOrder() {
        send("cash server started", cash.serverStarted(), CASH_SERVER_STARTED);
        send("station started", cash.stationStarted(), CASH_PROGRAM_STARTED);
        SimOrder a = new SimOrder("{A1000000-0000-4000-8000-000000000256}", 617707056, 256, "5", IVANOVA);
        send("new order (waiter's login)", cash.order(CHANGED, "New Order", a), CASHIER_LOGIN, NEW_ORDER);
        a.add(1, "2714", "Борщ", 1000, 29800).add(2, "3105", "Цезарь", 2000, 45000);
        send("dishes added", cash.order(CHANGED, "Order Changed", a), ORDER_CHANGED, DISH_ADDED_UNSAVED);
        send("order saved", cash.order(CHANGED, "Save Order", a), ORDER_SAVED, DISH_ADDED_SAVED);
        again("order saved, delivered twice");
        a.add(3, "4001", "Морс", 1000, 15000);
        send("drink added", cash.order(CHANGED, "Order Changed", a), ORDER_CHANGED, DISH_ADDED_UNSAVED);
        a.remove(3);
        send("unsaved drink deleted", cash.order(CHANGED, "Order Changed", a), ORDER_CHANGED,
                DISH_REMOVED_UNSAVED);
        a.voidLine(2);
        send("saved dish voided", cash.order(CHANGED, "Order Changed", a), ORDER_CHANGED, DISH_REMOVED_SAVED);
        send("order saved", cash.order(CHANGED, "Save Order", a), ORDER_SAVED);
        a.discount(10, "12", "Карта гостя 10%", -2980, "8002").discount(11, "5", "Скидка 5%", -1490, null);
        send("discounts added", cash.order(CHANGED, "Order Changed", a), ORDER_CHANGED, LOYALTY_DISCOUNT_ADDED,
                DISCOUNT_ADDED);
        a.removeDiscount(11);
        send("manual discount removed", cash.order(CHANGED, "Order Changed", a), ORDER_CHANGED, DISCOUNT_REMOVED);
        send("order saved", cash.order(CHANGED, "Save Order", a), ORDER_SAVED);
        a.bill(true);
        send("pre-check printed", cash.order(4, "Order recalc", a), ORDER_RECALCULATED, PRECHECK_PRINTED);
        a.pay(20, "1", "Наличные", a.total());
        send("paid, receipt closed", cash.order(5, null, a), RECEIPT_CLOSED);
        again("receipt closed, delivered twice");
    }

    private void restartLosingQueuedEvents() {
        SimOrder b = new SimOrder("{B2000000-0000-4000-8000-000000000257}", 617707057, 257, "7", IVANOVA);
        lose("new order B (lost in the queue)", cash.order(CHANGED, "New Order", b));
        b.add(1, "2201", "Пельмени", 1000, 39000);
        lose("dish added to B (lost in the queue)", cash.order(CHANGED, "Order Changed", b));
        cash.idle(Duration.ofMinutes(20));
        send("cash server restarted", cash.serverStarted(), CASH_SERVER_STARTED);
        send("station restarted", cash.stationStarted(), CASH_PROGRAM_STOPPED, CASH_PROGRAM_STARTED);
        b.add(2, "4002", "Компот", 1000, 9000);
        send("B edited after the restart", cash.order(CHANGED, "Order Changed", b), NEW_ORDER, ORDER_CHANGED,
                DISH_ADDED_UNSAVED);
        b.discard(2);
        send("B left without saving", cash.order(CHANGED, "Quit Order", b), ORDER_QUIT_WITHOUT_SAVING);
    }

    private void nextShift() {
        cash.closeShift(LocalDate.of(2026, 11, 24), LocalDateTime.of(2026, 11, 24, 9, 0));
        SimOrder c = new SimOrder("{C3000000-0000-4000-8000-000000000258}", 617707100, 258, "2", PETROV);
        send("next morning: first order of the new shift", cash.order(CHANGED, "New Order", c), SHIFT_CLOSED,
                CASHIER_LOGIN, NEW_ORDER);
    }

    private void send(String label, byte[] body, PosEventKind... expected) {
        deliveries.add(new Delivery(label, body, false, List.of(expected)));
    }

    private void again(String label) {
        deliveries.add(new Delivery(label, deliveries.get(deliveries.size() - 1).body(), false, List.of()));
    }

    private void lose(String label, byte[] body) {
        deliveries.add(new Delivery(label, body, true, List.of()));
    }
}
