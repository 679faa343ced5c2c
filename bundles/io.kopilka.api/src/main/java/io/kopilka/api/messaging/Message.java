package io.kopilka.api.messaging;

import java.util.List;

/**
 * A message to one address of one channel.
 *
 * @param channel the channel's id ({@code telegram}, {@code email}, {@code webhook})
 * @param address where: a chat id, a phone, an e-mail address, a URL
 * @param subject a subject or title, for channels that have one; {@code null} otherwise
 * @param text the text (for a webhook: the JSON body)
 * @param image an image to attach (a card's QR code), PNG bytes; {@code null} for none
 * @param buttons buttons to offer, for channels that have them
 * @param dedupeKey the same for the same message however often its cause is replayed; one message per key
 */
public record Message(String channel, String address, String subject, String text, byte[] image,
        List<Button> buttons, String dedupeKey) {

    public Message {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    /** A button: what it says and what it sends back when pressed. */
    public record Button(String text, String data) {
    }
}
