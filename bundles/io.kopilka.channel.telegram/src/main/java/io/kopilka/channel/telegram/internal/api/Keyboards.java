package io.kopilka.channel.telegram.internal.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kopilka.api.messaging.Message;

/**
 * Turns a message's buttons into a Bot API {@code reply_markup}. A button whose data is {@link #SHARE_CONTACT} or
 * {@link #SEND_TEXT} is a reply-keyboard button (the first asks for the user's phone, the second sends its own text
 * when pressed); any other button is an inline button whose data is its {@code callback_data} (1-64 bytes). One
 * message has one kind of keyboard; reply keyboards come two buttons a row, inline buttons one a row unless all are
 * short (scores, yes/no), which share a row.
 */
public final class Keyboards {

    /** Data of a reply-keyboard button that shares the user's own phone number ({@code request_contact}). */
    public static final String SHARE_CONTACT = "tg:contact";
    /** Data of a reply-keyboard button that sends its text as a message. */
    public static final String SEND_TEXT = "tg:text";
    static final int MAX_CALLBACK_BYTES = 64;
    private static final int SHORT = 6;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Keyboards() {
    }

    /**
     * The {@code reply_markup} object, or {@code null} without buttons.
     *
     * @throws IllegalArgumentException for a button without text, or callback data that is empty or over 64 bytes
     */
    public static ObjectNode markup(List<Message.Button> buttons) {
        if (buttons == null || buttons.isEmpty()) {
            return null;
        }
        for (Message.Button b : buttons) {
            if (b.text() == null || b.text().isBlank()) {
                throw new IllegalArgumentException("a button has no text");
            }
        }
        boolean reply = buttons.stream().anyMatch(Keyboards::isReplyButton);
        return reply ? replyKeyboard(buttons) : inlineKeyboard(buttons);
    }

    private static boolean isReplyButton(Message.Button b) {
        return SHARE_CONTACT.equals(b.data()) || SEND_TEXT.equals(b.data());
    }

    private static ObjectNode replyKeyboard(List<Message.Button> buttons) {
        ArrayNode rows = NODES.arrayNode();
        boolean contact = false;
        ArrayNode row = null;
        for (Message.Button b : buttons) {
            ObjectNode key = NODES.objectNode().put("text", b.text());
            if (SHARE_CONTACT.equals(b.data())) {
                key.put("request_contact", true);
                contact = true;
            }
            if (row == null || row.size() == 2) {
                row = rows.addArray();
            }
            row.add(key);
        }
        ObjectNode markup = NODES.objectNode();
        markup.set("keyboard", rows);
        markup.put("resize_keyboard", true);
        if (contact) {
            markup.put("one_time_keyboard", true);
        } else {
            markup.put("is_persistent", true);
        }
        return markup;
    }

    private static ObjectNode inlineKeyboard(List<Message.Button> buttons) {
        boolean oneRow = buttons.size() <= 8
                && buttons.stream().allMatch(b -> b.text().codePointCount(0, b.text().length()) <= SHORT);
        ArrayNode rows = NODES.arrayNode();
        ArrayNode row = oneRow ? rows.addArray() : null;
        for (Message.Button b : buttons) {
            int bytes = b.data() == null ? 0 : b.data().getBytes(StandardCharsets.UTF_8).length;
            if (bytes == 0 || bytes > MAX_CALLBACK_BYTES) {
                throw new IllegalArgumentException("callback data must be 1-64 bytes, \"" + b.text() + "\" has "
                        + bytes);
            }
            (oneRow ? row : rows.addArray()).add(NODES.objectNode().put("text", b.text())
                    .put("callback_data", b.data()));
        }
        ObjectNode markup = NODES.objectNode();
        markup.set("inline_keyboard", rows);
        return markup;
    }
}
