package io.kopilka.pos.rkeeper.internal.farcards;

/**
 * Thrown inside this package when a request cannot be served; {@link FarCardsServer} turns it into the function's
 * error answer. Never escapes the server.
 */
final class FarCardsProtocolException extends Exception {

    private static final long serialVersionUID = 1L;

    private final FarCardsError error;

    FarCardsProtocolException(FarCardsError error, String detail) {
        super(detail, null, false, false);
        this.error = error;
    }

    FarCardsProtocolException(FarCardsError error, String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.error = error;
    }

    FarCardsError error() {
        return error;
    }

    /** An {@link FarCardsError#INVALID_REQUEST} naming the field. */
    static FarCardsProtocolException invalid(String field, String problem) {
        return new FarCardsProtocolException(FarCardsError.INVALID_REQUEST, field + " " + problem);
    }
}
