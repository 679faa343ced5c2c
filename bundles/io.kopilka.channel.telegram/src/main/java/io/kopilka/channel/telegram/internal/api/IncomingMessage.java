package io.kopilka.channel.telegram.internal.api;

/**
 * A message the bot received.
 *
 * @param chatType {@code private}, {@code group}, {@code supergroup} or {@code channel}
 * @param from the sender; {@code null} for channel posts
 * @param text the text or {@code null}
 * @param contact a shared contact or {@code null}
 */
public record IncomingMessage(long messageId, long chatId, String chatType, User from, String text,
        SharedContact contact) {

    public boolean isPrivate() {
        return "private".equals(chatType);
    }
}
