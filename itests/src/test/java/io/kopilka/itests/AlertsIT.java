package io.kopilka.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import io.kopilka.api.messaging.Channel;
import io.kopilka.api.messaging.Delivery;
import io.kopilka.api.messaging.Message;
import io.kopilka.api.org.OrganizationService;
import io.kopilka.api.org.Venue;
import io.kopilka.api.pos.PosEvent;
import io.kopilka.api.pos.PosEvents;
import io.kopilka.itests.Http.Reply;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Owner alerts in the real distribution: a staff chat saved over REST receives, through the outbox and a channel,
 * the alerts of POS events and the report of the shift they close; the day's sales report over REST adds up.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AlertsIT extends KopilkaTestSupport {

    @Inject
    private PosEvents events;

    @Inject
    private OrganizationService organizations;

    @Inject
    private BundleContext context;

    /** A channel that keeps what it is given. */
    private static final class ChatChannel implements Channel {
        final List<Message> received = new CopyOnWriteArrayList<>();

        @Override
        public Delivery send(Message message) {
            received.add(message);
            return new Delivery.Delivered("m" + received.size());
        }

        @Override
        public int perSecond() {
            return 100;
        }
    }

    @Test
    public void aChatSavedOverRestGetsAlertsAndTheShiftReport() throws Exception {
        Http http = http();
        String admin = credentials().admin();
        http.await("/alerts/chats", admin, 200, Duration.ofSeconds(60));
        ChatChannel chat = new ChatChannel();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(Channel.ID_PROPERTY, "it-chat");
        ServiceRegistration<Channel> registration = context.registerService(Channel.class, chat, props);
        try {
            Reply bad = http.post("/alerts/chats", admin, "{\"channel\":\"it-chat\",\"address\":\"owner\","
                    + "\"kinds\":[\"receipt deleted\"]}");
            assertEquals(bad.toString(), 400, bad.status());
            assertEquals("kinds", bad.problemField());
            Reply saved = http.post("/alerts/chats", admin, "{\"channel\":\"it-chat\",\"address\":\"owner\","
                    + "\"shiftReports\":true}");
            assertEquals(saved.toString(), 200, saved.status());
            Reply invitation = http.post("/alerts/invitations", admin, "{\"kinds\":[\"CONNECTION_LOST\"]}");
            assertEquals(invitation.toString(), 201, invitation.status());
            assertEquals(20, invitation.json().get("code").asText().length());

            long org = organizations.organizations().get(0).id();
            Venue venue = organizations.venues(org).get(0);
            Instant start = Instant.parse("2026-11-23T07:00:00Z");
            publish(org, venue, "SHIFT_CLOSED", "it-shift-1", start, 0, Map.of());
            publish(org, venue, "RECEIPT_CLOSED", "it-r1", start.plusSeconds(3_600), 1_234_50,
                    Map.of("order", "o1", "lines", "Борщ ×1 = 1234.50"));
            publish(org, venue, "DISH_REMOVED_SAVED", "it-d1", start.plusSeconds(7_200), 298_00,
                    Map.of("order", "o2", "lines", "Салат ×1 = 298.00", "employeeName", "Анна"));
            publish(org, venue, "DISH_REMOVED_SAVED", "it-d1", start.plusSeconds(7_200), 298_00,
                    Map.of("order", "o2", "lines", "Салат ×1 = 298.00", "employeeName", "Анна"));
            publish(org, venue, "SHIFT_CLOSED", "it-shift-2", start.plusSeconds(43_200), 0, Map.of());

            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (chat.received.size() < 4 && System.nanoTime() < end) {
                Thread.sleep(200);
            }
            Thread.sleep(1_000);
            List<String> texts = chat.received.stream().map(Message::text).toList();
            assertEquals(texts.toString(), 4, texts.size());
            assertEquals(texts.toString(), 1, count(texts, "ℹ️ Закрытие чека\n" + venue.name() + ", 23.11.2026 11:00"));
            assertEquals(texts.toString(), 1, texts.stream()
                    .filter(t -> t.startsWith("🔴 Удаление сохранённого блюда\n")
                    && t.endsWith("Сотрудник: Анна\nЗаказ: o2\nБлюда: Салат ×1 = 298,00 ₽\nСумма: 298,00 ₽")).count());
            String shift = "📊 Закрытие общей смены\n" + venue.name() + "\n23.11.2026 10:00 — 23.11.2026 22:00\n";
            assertEquals(texts.toString(), 1, count(texts, shift + "Выручка: 1 234,50 ₽\nЧеков: 1\n"));
            assertTrue(texts.toString(), texts.stream().anyMatch(t -> t.startsWith(shift)
                    && t.contains("Удаления: 1 на 298,00 ₽") && t.endsWith("11:00–12:00  1 234,50 ₽, чеков: 1")));

            Reply report = http.get("/reports/sales?date=2026-11-23&venue=" + venue.id(), admin);
            assertEquals(report.toString(), 200, report.status());
            assertEquals("1234.50", report.json().get("takings").decimalValue().toPlainString());
            assertEquals(11, report.json().get("salesByHour").get(0).get("hour").asInt());
            assertEquals("date", http.get("/reports/sales?date=23.11.2026", admin).problemField());

            long id = saved.json().get("id").asLong();
            assertEquals(204, http.delete("/alerts/chats/" + id, admin).status());
            assertEquals(0, http.get("/alerts/chats", admin).json().size());
        } finally {
            registration.unregister();
        }
    }

    private static long count(List<String> texts, String prefix) {
        return texts.stream().filter(t -> t.startsWith(prefix)).count();
    }

    private void publish(long org, Venue venue, String kind, String key, Instant at, long amount,
            Map<String, String> details) {
        events.publish(new PosEvent("it", org, venue.id(), null, kind, key, at, details.get("employeeName"),
                details.get("order"), null, amount, details));
    }
}
