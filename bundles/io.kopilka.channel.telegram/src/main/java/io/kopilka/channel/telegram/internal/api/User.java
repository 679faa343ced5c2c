package io.kopilka.channel.telegram.internal.api;

/** A Telegram user as an update names them ({@code from}): the id and the names the user chose. */
public record User(long id, String firstName, String lastName) {

    /** First and last name, as one line; empty if Telegram sent neither. */
    public String fullName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }
}
