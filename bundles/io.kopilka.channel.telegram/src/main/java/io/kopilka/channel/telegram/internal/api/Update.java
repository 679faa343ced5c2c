package io.kopilka.channel.telegram.internal.api;

/**
 * One incoming update. Only the kinds the bot acts on are read: a new message or a callback query; for any other kind
 * both are {@code null} and the update is just acknowledged.
 */
public record Update(long id, IncomingMessage message, CallbackQuery callback) {

    /** The chat the update concerns (the sender's private chat for a callback without its message); 0 if none. */
    public long chatKey() {
        if (message != null) {
            return message.chatId();
        }
        if (callback != null) {
            return callback.chatId() != null ? callback.chatId() : callback.from().id();
        }
        return 0;
    }
}
