package io.kopilka.channel.telegram.internal.api;

/**
 * A contact sent into a chat. {@code userId} is set when the contact is a Telegram user; it equals the sender's id
 * only when the user shared their own number (the {@code request_contact} button).
 */
public record SharedContact(String phoneNumber, Long userId, String firstName, String lastName) {
}
