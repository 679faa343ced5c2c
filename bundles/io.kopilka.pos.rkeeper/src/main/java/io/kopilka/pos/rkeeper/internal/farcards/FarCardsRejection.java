package io.kopilka.pos.rkeeper.internal.farcards;

/**
 * A business refusal a {@link FarCardsBackend} may throw from any method (for example "not enough bonuses" for a
 * whole TransactionsEx batch). The server answers the function's failure with this code and text, shown to the
 * cashier, instead of the generic internal error.
 */
public class FarCardsRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int errorCode;

    /**
     * @param errorCode non-zero code sent to r_keeper (TRRESPONSE {@code error_code} for TransactionsEx)
     * @param text human-readable reason shown at the POS
     */
    public FarCardsRejection(int errorCode, String text) {
        super(text);
        if (errorCode == 0) {
            throw new IllegalArgumentException("errorCode must not be 0 (0 means success)");
        }
        this.errorCode = errorCode;
    }

    /** The non-zero code. */
    public int errorCode() {
        return errorCode;
    }
}
