package io.kopilka.pos.rkeeper.internal.events;

/** What {@link NotificationParser} made of a body: a notification, or a clean refusal. */
public sealed interface ParseResult {

    /**
     * A body that was read.
     *
     * @param notification what it says
     */
    record Parsed(Notification notification) implements ParseResult {
    }

    /**
     * A body that was refused.
     *
     * @param error why
     * @param detail a short technical detail for the log (never the body itself)
     */
    record Rejected(ParseError error, String detail) implements ParseResult {
    }
}
