package io.kopilka.api;

/**
 * Base of the errors a caller can cause and be told about: each names the offending field (where there is one)
 * and maps to one HTTP status, POS protocol code or shell message. Nothing was changed when one is thrown.
 */
public abstract class KopilkaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    protected KopilkaException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field the error is about, in JSON path form ({@code lines[2].amount}); {@code null} when none. */
    public String field() {
        return field;
    }

    /** A short, stable, machine-readable code for the kind of error ({@code invalid}, {@code not-found}, ...). */
    public abstract String code();
}
