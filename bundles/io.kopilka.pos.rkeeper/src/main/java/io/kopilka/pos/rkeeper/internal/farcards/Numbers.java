package io.kopilka.pos.rkeeper.internal.farcards;

/**
 * Strict integer parsing for request fields: ASCII digits with an optional sign, surrounding blanks trimmed, no
 * decimals or exponents (amounts are Int64 kopecks, T1), inside the DLL field's range.
 */
final class Numbers {

    private static final int MAX_DIGITS = 19;

    private Numbers() {
    }

    /**
     * @param raw the attribute text
     * @param field the name used in the error
     * @throws FarCardsProtocolException {@link FarCardsError#INVALID_REQUEST} if not an integer in [min, max]
     */
    static long parse(String raw, String field, long min, long max) throws FarCardsProtocolException {
        String text = raw == null ? "" : raw.trim();
        int digitsFrom = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int digits = text.length() - digitsFrom;
        if (digits < 1 || digits > MAX_DIGITS) {
            throw FarCardsProtocolException.invalid(field, "must be an integer");
        }
        for (int i = digitsFrom; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw FarCardsProtocolException.invalid(field, "must be an integer");
            }
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw FarCardsProtocolException.invalid(field, "is out of range");
        }
        if (value < min || value > max) {
            throw FarCardsProtocolException.invalid(field, "must be " + min + ".." + max);
        }
        return value;
    }
}
