package io.kopilka.core.internal.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import io.kopilka.api.alerts.StaffChat;
import io.kopilka.api.messaging.Message;
import io.kopilka.api.messaging.OutboxEntry;
import io.kopilka.api.pos.PosEvent;
import io.kopilka.core.internal.Fixture;
import io.kopilka.core.internal.MutableClock;
import io.kopilka.core.internal.messaging.OutboxEntity;
import io.kopilka.core.internal.messaging.OutboxImpl;
import io.kopilka.core.internal.pos.PosEventsImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Alerts queued with the POS event that causes them: which chats get which events, once each, in the event's
 * transaction, and the report a shift close sends instead of its plain alert.
 */
class AlertDispatchTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static MutableClock clock;
    private static Fixture f;
    private static OutboxImpl outbox;
    private static StaffChatsImpl chats;
    private static PosEventsImpl events;

    /** An organization of its own per test, with a bar and a cafe. */
    private record Org(long id, long bar, long cafe) {
    }

    @BeforeAll
    static void open() {
        clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        f = new Fixture("alert-dispatch", clock);
        outbox = new OutboxImpl(f.db.database(), clock);
        chats = new StaffChatsImpl(f.db.database(), clock);
        events = new PosEventsImpl(f.db.database(), new AlertDispatcher(outbox, chats, MOSCOW));
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static Org org(String name) {
        long id = f.organizations.createOrganization(name).id();
        return new Org(id, f.organizations.createVenue(id, "1", "Бар Пятница").id(),
                f.organizations.createVenue(id, "2", "Кафе").id());
    }

    private static StaffChat chat(Org org, String address, Long venue, Set<String> kinds, boolean reports) {
        return chats.save(org.id(), "telegram", address, venue, kinds, reports, "admin");
    }

    static PosEvent event(long org, long venue, String kind, String key, Instant at, long amount,
            Map<String, String> details) {
        return new PosEvent("rkeeper", org, venue, null, kind, key, at, details.get("employeeName"),
                details.get("order"), null, amount, details);
    }

    /** The organization's queued messages: address → texts. */
    private static Map<String, List<String>> queued(long org) {
        return f.db.database().read(em -> em.createQuery("SELECT o FROM OutboxEntity o WHERE o.organizationId = :o "
                + "ORDER BY o.id", OutboxEntity.class).setParameter("o", org).getResultList()).stream()
                .collect(Collectors.groupingBy(o -> o.address, Collectors.mapping(o -> o.body, Collectors.toList())));
    }

    @Test
    void eachChatGetsTheKindsItWantsAtTheVenuesItFollows() {
        Org org = org("Selection");
        chat(org, "owner", null, Set.of(), false);
        chat(org, "bar", org.bar(), Set.of("RECEIPT_DELETED"), false);
        chat(org, "cafe", org.cafe(), Set.of(), false);
        chat(org, "orders", null, Set.of("ORDER_CHANGED"), false);
        Instant at = Instant.parse("2026-11-23T11:00:00Z");
        events.publish(event(org.id(), org.bar(), "RECEIPT_DELETED", "d1", at, 500_00, Map.of()));
        events.publish(event(org.id(), org.bar(), "ORDER_CHANGED", "c1", at, 0, Map.of()));
        events.publish(event(org.id(), org.cafe(), "CONNECTION_LOST", "l1", at, 0, Map.of()));
        events.publish(event(org.id(), org.cafe(), "CONNECTION_RESTORED", "r1", at.plusSeconds(600), 0, Map.of()));
        Map<String, List<String>> q = queued(org.id());
        assertEquals(3, q.get("owner").size(), "every kind but the routine ORDER_CHANGED: " + q.get("owner"));
        assertTrue(q.get("owner").get(0).startsWith("🔴 Удаление чека\nБар Пятница, 23.11.2026 14:00"));
        assertTrue(q.get("owner").get(1).startsWith("⚠️ Потеря связи с рестораном\nКафе, 23.11.2026 14:00"));
        assertTrue(q.get("owner").get(2).startsWith("🟢 Восстановление связи с рестораном\nКафе, 23.11.2026 14:10"));
        assertEquals(1, q.get("bar").size());
        assertTrue(q.get("bar").get(0).startsWith("🔴 Удаление чека"));
        assertEquals(2, q.get("cafe").size(), "its own venue's events only");
        assertEquals(1, q.get("orders").size());
        assertTrue(q.get("orders").get(0).startsWith("ℹ️ Заказ изменён"));
    }

    @Test
    void anEventPublishedTwiceAlertsEachChatOnce() {
        Org org = org("Dedupe");
        StaffChat owner = chat(org, "owner", null, Set.of(), false);
        PosEvent deleted = event(org.id(), org.bar(), "DISH_REMOVED_SAVED", "rk7:DISH_REMOVED_SAVED:ab12",
                Instant.parse("2026-11-23T12:00:00Z"), 298_00, Map.of());
        assertTrue(events.publish(deleted));
        assertFalse(events.publish(deleted));
        List<OutboxEntry> entries = outbox.recent(org.id(), 10);
        assertEquals(1, entries.size());
        assertEquals("telegram", entries.get(0).channel());
        assertEquals("owner", entries.get(0).address());
        String key = f.db.database().read(em -> em.find(OutboxEntity.class, entries.get(0).id()).dedupeKey);
        assertEquals("alert:" + owner.id() + ":rkeeper:rk7:DISH_REMOVED_SAVED:ab12", key);
    }

    @Test
    void anAlertThatCannotBeQueuedLeavesTheEventUnstored() {
        Org org = org("Atomic");
        chat(org, "owner", null, Set.of(), false);
        OutboxImpl broken = new OutboxImpl(f.db.database(), clock) {
            @Override
            public OutboxEntry enqueueIn(EntityManager em, long organizationId, Message m) {
                throw new IllegalStateException("outbox down");
            }
        };
        PosEventsImpl failing = new PosEventsImpl(f.db.database(), new AlertDispatcher(broken, chats, MOSCOW));
        Instant at = Instant.parse("2026-11-23T12:00:00Z");
        assertThrows(IllegalStateException.class, () -> failing.publish(event(org.id(), org.bar(),
                "RECEIPT_DELETED", "x1", at, 1, Map.of())));
        assertTrue(events.since(org.id(), null, at.minusSeconds(1), 10).isEmpty(), "rolled back with its alert");
        assertTrue(events.publish(event(org.id(), org.bar(), "RECEIPT_DELETED", "x1", at, 1, Map.of())),
                "so the POS's retry stores it and alerts");
        assertEquals(1, outbox.recent(org.id(), 10).size());
    }

    @Test
    void aShiftCloseSendsTheShiftsReportToChatsWithReportsAndThePlainAlertToOthers() {
        Org org = org("Shift");
        chat(org, "owner", null, Set.of("RECEIPT_DELETED"), true);
        chat(org, "bar", org.bar(), Set.of("DISH_REMOVED_SAVED"), true);
        chat(org, "cafe", org.cafe(), Set.of(), true);
        chat(org, "closes", null, Set.of("SHIFT_CLOSED"), false);
        Instant previousClose = Instant.parse("2026-11-23T07:00:00Z");
        events.publish(event(org.id(), org.bar(), "RECEIPT_CLOSED", "before", previousClose.minusSeconds(60),
                999_00, Map.of("order", "o0")));
        events.publish(event(org.id(), org.bar(), "SHIFT_CLOSED", "shift|41", previousClose, 0, Map.of()));
        events.publish(event(org.id(), org.bar(), "RECEIPT_CLOSED", "c1", previousClose, 1_234_50,
                Map.of("order", "o1")));
        events.publish(event(org.id(), org.bar(), "RECEIPT_CLOSED", "c2", Instant.parse("2026-11-23T15:20:00Z"),
                765_50, Map.of("order", "o2")));
        Instant close = Instant.parse("2026-11-23T22:30:00Z");
        events.publish(event(org.id(), org.bar(), "RECEIPT_CLOSED", "next", close, 111_00, Map.of("order", "o3")));
        events.publish(event(org.id(), org.bar(), "SHIFT_CLOSED", "shift|42", close, 0, Map.of()));
        Map<String, List<String>> q = queued(org.id());
        String report = "📊 Закрытие общей смены\nБар Пятница\n23.11.2026 10:00 — 24.11.2026 01:30\n"
                + "Выручка: 2 000,00 ₽\nЧеков: 2\nСредний чек: 1 000,00 ₽\nСкидки: 0,00 ₽\nУдаления: 0 на 0,00 ₽\n"
                + "Бонусов начислено: 0,00\nБонусов списано: 0,00\n\nПродажи по часам:\n"
                + "10:00–11:00  1 234,50 ₽, чеков: 1\n18:00–19:00  765,50 ₽, чеков: 1";
        assertEquals(2, q.get("bar").size(), "a report per close, no plain alert: " + q.get("bar"));
        assertEquals(report, q.get("bar").get(1));
        assertEquals(q.get("bar"), q.get("owner"), "the owner's chat follows every venue");
        assertTrue(q.get("bar").get(0).startsWith("📊 Закрытие общей смены\nБар Пятница\n"
                + "22.11.2026 10:00 — 23.11.2026 10:00\nВыручка: 999,00 ₽\nЧеков: 1\n"),
                "the first close Kopilka hears of covers the 24 hours before it: " + q.get("bar").get(0));
        assertNull(q.get("cafe"), "another venue's close is not the cafe's");
        assertEquals(2, q.get("closes").size());
        assertTrue(q.get("closes").get(1).startsWith("ℹ️ Закрытие общей смены\nБар Пятница, 24.11.2026 01:30"));
    }
}
