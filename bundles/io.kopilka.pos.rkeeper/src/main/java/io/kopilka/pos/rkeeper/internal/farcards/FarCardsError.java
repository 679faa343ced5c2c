package io.kopilka.pos.rkeeper.internal.farcards;

/**
 * Every protocol-level error Kopilka answers to ExtDllHTTP, in one place. The code goes into {@code ErrorCode} (and,
 * for TransactionsEx, {@code TRRESPONSE/@error_code}); the text, prefixed with the code, is what the cashier sees.
 * Codes are in the 9000s so they never collide with the small business codes a backend passes in a
 * {@link FarCardsRejection}.
 */
public enum FarCardsError {

    /** The body is empty. */
    EMPTY_BODY(9001, "empty request"),
    /** The body is larger than {@link FarCardsLimits#maxBodyBytes()}. */
    TOO_LARGE(9002, "request too large"),
    /** The body is not well-formed XML. */
    MALFORMED_XML(9003, "request XML is malformed"),
    /** The body declares a DOCTYPE (DTDs and entities, the XXE and entity-expansion vectors, are refused). */
    DOCTYPE_FORBIDDEN(9004, "DOCTYPE and entities are not allowed"),
    /** The XML has too many elements or attributes, or is nested too deep. */
    TOO_COMPLEX(9005, "request XML too complex"),
    /** The body declares or uses an encoding other than UTF-8 (S1: the XML must be UTF-8 only). */
    NOT_UTF8(9006, "request XML must be UTF-8"),
    /** A required element or attribute is missing, or a value is out of range or not a number. */
    INVALID_REQUEST(9007, "invalid request"),
    /** The function (path) is not one of the FarCards-HTTP functions. */
    UNKNOWN_FUNCTION(9008, "unknown function"),
    /** The backend threw an unexpected exception. */
    INTERNAL_ERROR(9101, "internal error"),
    /** The backend answered something the protocol cannot carry (null, wrong number of outcomes, bad image). */
    INVALID_BACKEND_ANSWER(9102, "internal error (invalid answer)");

    private final int code;
    private final String text;

    FarCardsError(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The numeric code sent to r_keeper. */
    public int code() {
        return code;
    }

    /** The short English default text. */
    public String text() {
        return text;
    }

    /** The text shown at the POS: {@code "Kopilka <code>: <text>"}. */
    public String displayText() {
        return displayText(code, text);
    }

    static String displayText(int code, String text) {
        return "Kopilka " + code + ": " + text;
    }
}
