package io.kopilka.api;

/**
 * The request is well formed but clashes with the current state: a duplicate identifier, an insufficient balance,
 * an idempotency key reused with a different body, an entry already reversed.
 */
public class ConflictException extends KopilkaException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public ConflictException(String reason, String field, String message) {
        super(field, message);
        this.reason = reason;
    }

    /** Which conflict: one of the {@code REASON_*} constants. */
    public String reason() {
        return reason;
    }

    @Override
    public String code() {
        return reason;
    }

    public static final String REASON_DUPLICATE = "duplicate";
    public static final String REASON_INSUFFICIENT_BALANCE = "insufficient-balance";
    public static final String REASON_IDEMPOTENCY = "idempotency-key-reused";
    public static final String REASON_ALREADY_REVERSED = "already-reversed";
    public static final String REASON_BLOCKED = "blocked";
}
