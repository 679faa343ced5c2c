package io.kopilka.channel.telegram.internal.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads Bot API {@code Update} objects: {@code update_id}, and of {@code message} and {@code callback_query} the
 * fields the bot uses. Unknown fields and other update kinds are ignored, as the Bot API adds fields over time.
 */
public final class UpdateParser {

    private UpdateParser() {
    }

    /** The updates of a {@code getUpdates} result (a JSON array). */
    public static List<Update> list(JsonNode result) {
        if (result == null || !result.isArray()) {
            throw new IllegalArgumentException("getUpdates did not return an array");
        }
        List<Update> updates = new ArrayList<>(result.size());
        result.forEach(node -> updates.add(update(node)));
        return updates;
    }

    /** @throws IllegalArgumentException if it is not an update (no integer {@code update_id}) */
    public static Update update(JsonNode node) {
        if (node == null || !node.path("update_id").canConvertToLong() || !node.path("update_id").isIntegralNumber()) {
            throw new IllegalArgumentException("not a Telegram update: no integer update_id");
        }
        long id = node.get("update_id").asLong();
        JsonNode message = node.get("message");
        JsonNode callback = node.get("callback_query");
        return new Update(id, message != null && message.isObject() ? message(message) : null,
                callback != null && callback.isObject() ? callback(callback) : null);
    }

    private static IncomingMessage message(JsonNode m) {
        JsonNode chat = m.path("chat");
        if (!chat.path("id").isIntegralNumber()) {
            return null;
        }
        return new IncomingMessage(m.path("message_id").asLong(), chat.get("id").asLong(), text(chat, "type"),
                user(m.get("from")), text(m, "text"), contact(m.get("contact")));
    }

    private static CallbackQuery callback(JsonNode c) {
        User from = user(c.get("from"));
        if (from == null || !c.path("id").isTextual()) {
            return null;
        }
        JsonNode chatId = c.path("message").path("chat").path("id");
        return new CallbackQuery(c.get("id").asText(), from, chatId.isIntegralNumber() ? chatId.asLong() : null,
                text(c, "data"));
    }

    private static User user(JsonNode u) {
        if (u == null || !u.path("id").isIntegralNumber()) {
            return null;
        }
        return new User(u.get("id").asLong(), text(u, "first_name"), text(u, "last_name"));
    }

    private static SharedContact contact(JsonNode c) {
        if (c == null || !c.path("phone_number").isTextual()) {
            return null;
        }
        JsonNode userId = c.path("user_id");
        return new SharedContact(c.get("phone_number").asText(), userId.isIntegralNumber() ? userId.asLong() : null,
                text(c, "first_name"), text(c, "last_name"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
