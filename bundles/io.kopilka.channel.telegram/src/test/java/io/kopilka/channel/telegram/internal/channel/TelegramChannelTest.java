package io.kopilka.channel.telegram.internal.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.kopilka.api.messaging.Delivery;
import io.kopilka.api.messaging.Message;
import io.kopilka.channel.telegram.internal.api.BotApi;
import io.kopilka.channel.telegram.internal.api.LocalBotApi;
import io.kopilka.channel.telegram.internal.api.LocalBotApi.Answer;
import io.kopilka.channel.telegram.internal.api.MultipartParts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each Bot API answer means for the outbox, and no second send of a delivered message. */
class TelegramChannelTest {

    private final LocalBotApi telegram;
    private final BotApi api;
    @TempDir
    Path dir;

    TelegramChannelTest() throws Exception {
        telegram = new LocalBotApi();
        api = new BotApi(telegram.baseUrl(), LocalBotApi.TOKEN, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    private TelegramChannel channel() {
        return new TelegramChannel(api, new SentJournal(dir.resolve("sent.journal")));
    }

    private static Message text(String key, String text) {
        return new Message("telegram", "5551", null, text, null, List.of(), key);
    }

    private static String error(int code, String description, String parameters) {
        return "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\""
                + (parameters == null ? "" : ",\"parameters\":" + parameters) + "}";
    }

    @Test
    void aDeliveredMessageIsNamedByChatAndMessageId() {
        Delivery d = channel().send(text("k1", "Спасибо за покупку!"));
        assertEquals(new Delivery.Delivered("5551:101"), d);
        assertEquals("Спасибо за покупку!", telegram.calls("sendMessage").get(0).json().get("text").asText());
    }

    @Test
    void floodControlIsRetriedAfterTelegramsWait() {
        telegram.script("sendMessage", new Answer(429, error(429, "Too Many Requests: retry after 2",
                "{\"retry_after\":2}")));
        Delivery d = channel().send(text("k1", "a"));
        assertEquals(Duration.ofSeconds(2), assertInstanceOf(Delivery.RetryLater.class, d).after());
    }

    @Test
    void aBlockedBotOrAnUnknownChatFailsForGood() {
        telegram.script("sendMessage", new Answer(403, error(403, "Forbidden: bot was blocked by the user", null)),
                new Answer(400, error(400, "Bad Request: chat not found", null)));
        TelegramChannel channel = channel();
        assertTrue(assertInstanceOf(Delivery.Failed.class, channel.send(text("k1", "a"))).reason()
                .contains("blocked"));
        assertTrue(assertInstanceOf(Delivery.Failed.class, channel.send(text("k2", "a"))).reason()
                .contains("chat not found"));
    }

    @Test
    void telegramTroubleIsRetriedWithBackoffAndABadTokenLater() {
        telegram.script("sendMessage", new Answer(500, error(500, "Internal Server Error", null)),
                new Answer(502, "<html>Bad Gateway</html>"));
        TelegramChannel channel = channel();
        assertNull(assertInstanceOf(Delivery.RetryLater.class, channel.send(text("k1", "a"))).after());
        assertNull(assertInstanceOf(Delivery.RetryLater.class, channel.send(text("k2", "a"))).after());
        TelegramChannel wrongToken = new TelegramChannel(new BotApi(telegram.baseUrl(),
                "4242:wrong-token-wrong-token-wrong", Duration.ofSeconds(5)), new SentJournal(null));
        assertEquals(Duration.ofMinutes(5), assertInstanceOf(Delivery.RetryLater.class,
                wrongToken.send(text("k3", "a"))).after());
        TelegramChannel noToken = new TelegramChannel(null, new SentJournal(null));
        assertInstanceOf(Delivery.RetryLater.class, noToken.send(text("k4", "a")));
        TelegramChannel unreachable = new TelegramChannel(new BotApi("http://127.0.0.1:1", LocalBotApi.TOKEN,
                Duration.ofSeconds(2)), new SentJournal(null));
        assertNull(assertInstanceOf(Delivery.RetryLater.class, unreachable.send(text("k5", "a"))).after());
    }

    @Test
    void aMessageWithAnImageIsAPhotoWithItsTextAsCaption() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        Delivery d = channel().send(new Message("telegram", "5551", null, "Ваша карта", png,
                List.of(new Message.Button("5", "review:1:5")), "card-1"));
        assertInstanceOf(Delivery.Delivered.class, d);
        LocalBotApi.Call call = telegram.calls("sendPhoto").get(0);
        Map<String, MultipartParts.Part> parts = MultipartParts.parse(call.contentType(), call.body());
        assertEquals("Ваша карта", parts.get("caption").text());
        assertEquals(7, parts.get("photo").bytes().length);
        assertTrue(telegram.calls("sendMessage").isEmpty());
    }

    @Test
    void aDeliveredMessageIsNotSentAgainEvenAfterARestart() throws Exception {
        assertEquals(new Delivery.Delivered("5551:101"), channel().send(text("once", "a")));
        TelegramChannel restarted = channel();
        assertEquals(new Delivery.Delivered("5551:101"), restarted.send(text("once", "a")));
        assertEquals(1, telegram.calls("sendMessage").size());
        assertInstanceOf(Delivery.Delivered.class, restarted.send(text("another", "a")));
        assertEquals(2, telegram.calls("sendMessage").size());
        assertEquals(2, Files.readAllLines(dir.resolve("sent.journal")).size());
    }

    @Test
    void twoSendersOnOneMessageSendItOnce() throws Exception {
        TelegramChannel channel = channel();
        Message message = text("both", "a");
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Delivery>> outcomes = two.invokeAll(List.of(() -> channel.send(message),
                    () -> channel.send(message)));
            assertEquals(outcomes.get(0).get(), outcomes.get(1).get());
        } finally {
            two.shutdown();
        }
        assertEquals(1, telegram.calls("sendMessage").size());
    }

    @Test
    void whatTelegramCannotTakeFailsWithoutACall() {
        TelegramChannel channel = channel();
        assertInstanceOf(Delivery.Failed.class, channel.send(new Message("telegram", "@x", null, "a", null, List.of(),
                "k1")));
        assertInstanceOf(Delivery.Failed.class, channel.send(text("k2", " ")));
        assertInstanceOf(Delivery.Failed.class, channel.send(new Message("telegram", "5551", null, "a", null,
                List.of(new Message.Button("x", "d".repeat(65))), "k3")));
        assertTrue(telegram.calls.isEmpty());
    }

    @Test
    void longTextsAreCutToTelegramsLimit() {
        channel().send(text("k1", "я".repeat(5000)));
        String sent = telegram.calls("sendMessage").get(0).json().get("text").asText();
        assertEquals(4096, sent.length());
        assertTrue(sent.endsWith("…"));
    }

    @Test
    void ratesAreTelegrams() {
        assertEquals(30, channel().perSecond());
        assertEquals(Duration.ofSeconds(1), channel().perAddressInterval());
    }
}
