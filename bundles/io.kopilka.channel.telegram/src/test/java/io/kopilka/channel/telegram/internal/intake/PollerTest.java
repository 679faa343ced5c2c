package io.kopilka.channel.telegram.internal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.kopilka.channel.telegram.internal.api.BotApi;
import io.kopilka.channel.telegram.internal.api.LocalBotApi;
import io.kopilka.channel.telegram.internal.api.Samples;
import org.junit.jupiter.api.Test;

/** Long polling: the webhook goes first, updates come in order, the offset moves past handled ones, stop is quick. */
class PollerTest {

    @Test
    void pollsInOrderConfirmsHandledUpdatesAndStops() throws Exception {
        List<Long> handled = new CopyOnWriteArrayList<>();
        try (LocalBotApi telegram = new LocalBotApi()) {
            telegram.queue(Samples.text(20, 5551, "/start"));
            telegram.queue(Samples.text(21, 5551, "hi"));
            Poller poller = new Poller(new BotApi(telegram.baseUrl(), LocalBotApi.TOKEN, Duration.ofSeconds(5)),
                    new UpdateIntake(new HandledUpdates(null), u -> handled.add(u.id())), 5);
            poller.start();
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (telegram.calls("getUpdates").size() < 2 && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            Thread.sleep(200);
            long before = System.nanoTime();
            poller.stop();
            assertTrue(System.nanoTime() - before < Duration.ofSeconds(3).toNanos(),
                    "stops at once, in the middle of a long poll");
            assertEquals("deleteWebhook", telegram.calls.get(0).method());
            assertEquals(List.of(20L, 21L), handled, "each once, in order");
            assertEquals(0, telegram.calls("getUpdates").get(0).json().path("offset").asLong());
            assertEquals(22, telegram.calls("getUpdates").get(1).json().get("offset").asLong());
        }
    }
}
