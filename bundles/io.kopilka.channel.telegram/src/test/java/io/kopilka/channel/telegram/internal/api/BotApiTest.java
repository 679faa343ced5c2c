package io.kopilka.channel.telegram.internal.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.kopilka.api.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Bot API client against a local server speaking the documented JSON. */
class BotApiTest {

    private final LocalBotApi telegram;
    private final BotApi api;

    BotApiTest() throws Exception {
        telegram = new LocalBotApi();
        api = new BotApi(telegram.baseUrl() + "/", LocalBotApi.TOKEN, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void getUpdatesAsksFromTheOffsetAndReadsMessagesContactsAndCallbacks() throws Exception {
        telegram.queue(Samples.text(10, 5551, "/start poster_7"));
        telegram.queue(Samples.contact(11, 5551, "79161234567", 5551));
        telegram.queue(Samples.callback(12, 5551, "review:77:4"));
        telegram.queue(Samples.edited(13));
        List<Update> updates = api.await(api.getUpdates(10, 0));
        JsonNode request = telegram.calls("getUpdates").get(0).json();
        assertEquals(10, request.get("offset").asLong());
        assertEquals(0, request.get("timeout").asInt());
        assertEquals("[\"message\",\"callback_query\"]", request.get("allowed_updates").toString());

        assertEquals(4, updates.size());
        IncomingMessage start = updates.get(0).message();
        assertEquals("/start poster_7", start.text());
        assertTrue(start.isPrivate());
        assertEquals(new User(5551, "Анна", "Смирнова"), start.from());
        assertEquals(new SharedContact("79161234567", 5551L, "Анна", "Смирнова"), updates.get(1).message().contact());
        CallbackQuery press = updates.get(2).callback();
        assertEquals("4382bfdwdsb323b2d9", press.id());
        assertEquals(5551L, press.chatId());
        assertEquals("review:77:4", press.data());
        assertNull(updates.get(3).message(), "an edited message is acknowledged, not acted on");
        assertNull(updates.get(3).callback());
        assertEquals(13, updates.get(3).id());
    }

    @Test
    void sendMessagePostsJsonWithTheKeyboardAndReturnsTheMessageId() throws Exception {
        long id = api.sendMessage("-1001234567890", "Привет", Keyboards.markup(List.of(
                new Message.Button("1", "review:77:1"), new Message.Button("5", "review:77:5"))));
        assertEquals(101, id);
        LocalBotApi.Call call = telegram.calls("sendMessage").get(0);
        assertTrue(call.contentType().startsWith("application/json"));
        JsonNode body = call.json();
        assertEquals("-1001234567890", body.get("chat_id").asText());
        assertEquals("Привет", body.get("text").asText());
        assertEquals("[[{\"text\":\"1\",\"callback_data\":\"review:77:1\"},{\"text\":\"5\",\"callback_data\":"
                + "\"review:77:5\"}]]", body.get("reply_markup").get("inline_keyboard").toString());
    }

    @Test
    void sendPhotoUploadsThePngAsMultipart() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 1, 2, '-', '-', 13, 10};
        api.sendPhoto("5551", png, "Ваша карта № 7770001", Keyboards.markup(List.of(
                new Message.Button("💳 Карта", Keyboards.SEND_TEXT))));
        LocalBotApi.Call call = telegram.calls("sendPhoto").get(0);
        Map<String, MultipartParts.Part> parts = MultipartParts.parse(call.contentType(), call.body());
        assertEquals("5551", parts.get("chat_id").text());
        assertEquals("Ваша карта № 7770001", parts.get("caption").text());
        assertEquals("{\"keyboard\":[[{\"text\":\"💳 Карта\"}]],\"resize_keyboard\":true,\"is_persistent\":true}",
                parts.get("reply_markup").text());
        assertEquals("card.png", parts.get("photo").fileName());
        assertEquals("image/png", parts.get("photo").contentType());
        assertArrayEquals(png, parts.get("photo").bytes());
    }

    @Test
    void errorsCarryTheCodeDescriptionAndRetryAfter() {
        telegram.script("sendMessage",
                new LocalBotApi.Answer(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: "
                        + "retry after 3\",\"parameters\":{\"retry_after\":3}}"),
                new LocalBotApi.Answer(403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was "
                        + "blocked by the user\"}"),
                new LocalBotApi.Answer(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group "
                        + "chat was upgraded to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":"
                        + "-1001234567890}}"),
                new LocalBotApi.Answer(502, "<html>Bad Gateway</html>"));
        BotApiException flood = assertThrows(BotApiException.class, () -> api.sendMessage("1", "a", null));
        assertEquals(429, flood.errorCode());
        assertEquals(3, flood.retryAfter());
        BotApiException blocked = assertThrows(BotApiException.class, () -> api.sendMessage("1", "a", null));
        assertEquals("Forbidden: bot was blocked by the user", blocked.getMessage());
        BotApiException moved = assertThrows(BotApiException.class, () -> api.sendMessage("1", "a", null));
        assertEquals(-1001234567890L, moved.migrateToChatId());
        BotApiException proxy = assertThrows(BotApiException.class, () -> api.sendMessage("1", "a", null));
        assertEquals(502, proxy.errorCode());
        assertFalse(proxy.isNetwork());
    }

    @Test
    void aWrongTokenIsTelegramsUnauthorizedAndNoMessageShowsTheToken() throws Exception {
        BotApi wrong = new BotApi(telegram.baseUrl(), "4242:wrong-token-wrong-token-wrong", Duration.ofSeconds(5));
        assertEquals(401, assertThrows(BotApiException.class, () -> wrong.deleteWebhook()).errorCode());
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        BotApi unreachable = new BotApi("http://127.0.0.1:" + closed, LocalBotApi.TOKEN, Duration.ofSeconds(2));
        BotApiException down = assertThrows(BotApiException.class, () -> unreachable.sendMessage("1", "a", null));
        assertTrue(down.isNetwork());
        assertFalse(String.valueOf(down.getMessage()).contains(LocalBotApi.TOKEN), down.getMessage());
        assertFalse(String.valueOf(down.getMessage()).contains("AAHdq"), down.getMessage());
    }

    @Test
    void webhookCallsCarryTheSecretAndKeepPendingUpdates() throws Exception {
        api.setWebhook("https://loyalty.example.ru/api/ext/telegram/4242/webhook", "s3cr3t-s3cr3t-s3cr3t");
        api.deleteWebhook();
        api.answerCallbackQuery("4382bfdwdsb323b2d9", "Оценка 4 принята");
        JsonNode set = telegram.calls("setWebhook").get(0).json();
        assertEquals("https://loyalty.example.ru/api/ext/telegram/4242/webhook", set.get("url").asText());
        assertEquals("s3cr3t-s3cr3t-s3cr3t", set.get("secret_token").asText());
        assertFalse(telegram.calls("deleteWebhook").get(0).json().get("drop_pending_updates").asBoolean());
        JsonNode answer = telegram.calls("answerCallbackQuery").get(0).json();
        assertEquals("4382bfdwdsb323b2d9", answer.get("callback_query_id").asText());
        assertEquals("Оценка 4 принята", answer.get("text").asText());
    }

    @Test
    void theBotIdIsTheTokensNumber() {
        assertEquals("4242", BotApi.botId(LocalBotApi.TOKEN));
        assertNull(BotApi.botId(""));
        assertNull(BotApi.botId("not-a-token"));
        assertNull(BotApi.botId("4242:short"));
    }

    @Test
    void updatesWithoutAnIdAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> UpdateParser.update(null));
        assertThrows(IllegalArgumentException.class,
                () -> UpdateParser.update(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                        .put("update_id", "12")));
    }
}
