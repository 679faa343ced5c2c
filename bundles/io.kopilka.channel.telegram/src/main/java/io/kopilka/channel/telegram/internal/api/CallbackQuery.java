package io.kopilka.channel.telegram.internal.api;

/**
 * A press on an inline button.
 *
 * @param chatId the chat of the message the button was on; {@code null} if Telegram no longer has it
 * @param data the button's {@code callback_data}, as the client sent it (it can be forged: check what it names)
 */
public record CallbackQuery(String id, User from, Long chatId, String data) {
}
