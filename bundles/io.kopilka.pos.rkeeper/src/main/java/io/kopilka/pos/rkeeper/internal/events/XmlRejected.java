package io.kopilka.pos.rkeeper.internal.events;

/** Internal signal that a body is refused; {@link NotificationParser} turns it into a {@link ParseResult}. */
final class XmlRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final ParseError error;

    XmlRejected(ParseError error, String detail) {
        super(detail, null, false, false);
        this.error = error;
    }

    ParseError error() {
        return error;
    }
}
