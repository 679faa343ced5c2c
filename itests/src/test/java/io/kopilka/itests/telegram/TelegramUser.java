package io.kopilka.itests.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Telegram user talking to the bot through the {@link FakeBotApi}: each action becomes an update in the Bot API's
 * shape (message with text or the user's contact, a press on an inline button), in the user's private chat or in a
 * group.
 */
public final class TelegramUser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final FakeBotApi telegram;
    private final long id;
    private final String firstName;

    public TelegramUser(FakeBotApi telegram, long id, String firstName) {
        this.telegram = telegram;
        this.id = id;
        this.firstName = firstName;
    }

    public long id() {
        return id;
    }

    /** Writes in the private chat with the bot; returns the update id. */
    public long says(String text) {
        return telegram.queue(withText(message(id, "private"), text));
    }

    /** Writes in a group. */
    public long saysIn(long group, String text) {
        return telegram.queue(withText(message(group, "supergroup"), text));
    }

    /** Shares a phone contact; {@code own} as the request_contact button does (the contact's user_id is theirs). */
    public long sharesContact(String phone, boolean own) {
        ObjectNode update = message(id, "private");
        ObjectNode contact = ((ObjectNode) update.get("message")).putObject("contact");
        contact.put("phone_number", phone).put("first_name", firstName).put("last_name", "Тестова");
        if (own) {
            contact.put("user_id", id);
        }
        return telegram.queue(update);
    }

    /** Presses an inline button carrying {@code data} under a message of the bot. */
    public long presses(String data) {
        ObjectNode update = JSON.createObjectNode();
        ObjectNode query = update.putObject("callback_query");
        query.put("id", "cq-" + id + "-" + System.nanoTime()).put("chat_instance", "-5123456789").put("data", data);
        from(query);
        ObjectNode message = query.putObject("message").put("message_id", 1).put("date", 1795428000);
        message.putObject("chat").put("id", id).put("type", "private");
        return telegram.queue(update);
    }

    /** An update of a user's text in their private chat, as Telegram POSTs it to a webhook. */
    public static String update(long updateId, long user, String text) {
        ObjectNode update = new TelegramUser(null, user, "Вера").message(user, "private");
        update.put("update_id", updateId);
        return withText(update, text).toString();
    }

    private static ObjectNode withText(ObjectNode update, String text) {
        ((ObjectNode) update.get("message")).put("text", text);
        return update;
    }

    private ObjectNode message(long chat, String type) {
        ObjectNode update = JSON.createObjectNode();
        ObjectNode message = update.putObject("message").put("message_id", System.nanoTime() % 1_000_000)
                .put("date", 1795428000);
        from(message);
        message.putObject("chat").put("id", chat).put("type", type);
        return update;
    }

    private void from(ObjectNode node) {
        node.putObject("from").put("id", id).put("is_bot", false).put("first_name", firstName)
                .put("language_code", "ru");
    }
}
