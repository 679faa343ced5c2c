package io.kopilka.pos.rkeeper.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kopilka.pos.rkeeper.internal.events.EventIntake;
import io.kopilka.pos.rkeeper.internal.events.InMemoryDedupeStore;
import io.kopilka.pos.rkeeper.internal.events.InMemoryStateStore;
import io.kopilka.pos.rkeeper.internal.events.IntakeResult;
import io.kopilka.pos.rkeeper.internal.events.NotificationMapper;
import io.kopilka.pos.rkeeper.internal.events.NotificationParser;
import io.kopilka.pos.rkeeper.internal.events.PosEvent;
import io.kopilka.pos.rkeeper.internal.events.PosEventKind;

/** The scripted shift, through the real intake on in-memory stores, gives exactly the expected events. */
class ShiftScriptTest {

    private final List<PosEvent> published = new ArrayList<>();
    private final EventIntake intake = new EventIntake(new NotificationParser(), new NotificationMapper(),
            new InMemoryStateStore(), new InMemoryDedupeStore(), published::addAll, null,
            Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC));

    @Test
    void eachDeliveryPublishesItsExpectedEvents() {
        for (Delivery delivery : ShiftScript.deliveries()) {
            if (delivery.lost()) {
                continue;
            }
            IntakeResult result = intake.accept(delivery.body());
            assertEquals(200, result.answer().status(), delivery.label());
            List<PosEventKind> kinds = result.published().stream().map(PosEvent::kind).toList();
            assertEquals(delivery.expected(), kinds, delivery.label());
            if (delivery.expected().isEmpty()) {
                assertEquals(IntakeResult.Outcome.DUPLICATE, result.outcome(), delivery.label());
            }
        }
        List<PosEventKind> expected = ShiftScript.deliveries().stream().flatMap(d -> d.expected().stream()).toList();
        assertEquals(expected, published.stream().map(PosEvent::kind).toList());
    }

    @Test
    void theScriptHasDuplicatesLostMessagesAndEveryKindItPromises() {
        List<Delivery> script = ShiftScript.deliveries();
        assertEquals(2, script.stream().filter(Delivery::lost).count());
        assertEquals(2, script.stream().filter(d -> !d.lost() && d.expected().isEmpty()).count());
        List<PosEventKind> kinds = script.stream().flatMap(d -> d.expected().stream()).toList();
        for (PosEventKind kind : List.of(PosEventKind.CASHIER_LOGIN, PosEventKind.NEW_ORDER,
                PosEventKind.DISH_ADDED_UNSAVED, PosEventKind.DISH_ADDED_SAVED, PosEventKind.PRECHECK_PRINTED,
                PosEventKind.RECEIPT_CLOSED, PosEventKind.DISH_REMOVED_SAVED, PosEventKind.DISH_REMOVED_UNSAVED,
                PosEventKind.LOYALTY_DISCOUNT_ADDED, PosEventKind.DISCOUNT_REMOVED, PosEventKind.SHIFT_CLOSED,
                PosEventKind.CASH_PROGRAM_STOPPED, PosEventKind.ORDER_QUIT_WITHOUT_SAVING)) {
            assertTrue(kinds.contains(kind), kind.name());
        }
    }

    @Test
    void theClosedReceiptCarriesTheMoneyAsPaid() {
        eachDeliveryPublishesItsExpectedEvents();
        PosEvent closed = published.stream().filter(e -> e.kind() == PosEventKind.RECEIPT_CLOSED).findFirst()
                .orElseThrow();
        assertEquals(29_800 - 2_980, closed.amountKopecks());
        assertEquals("payments: Наличные 26820", closed.detail());
        assertEquals("{A1000000-0000-4000-8000-000000000256}", closed.order().guid());
        assertEquals("7764", closed.employee().code());
    }
}
