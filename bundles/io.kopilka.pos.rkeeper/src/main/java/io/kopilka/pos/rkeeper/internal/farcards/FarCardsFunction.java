package io.kopilka.pos.rkeeper.internal.farcards;

import java.util.Locale;
import java.util.Optional;

/**
 * The functions ExtDllHTTP.dll calls, one configurable path each in ExtDllHttp.ini (S1). GetCardInfoEx and
 * TransactionsEx are mandatory, the others optional.
 */
public enum FarCardsFunction {

    GET_CARD_INFO_EX("GetCardInfoEx"),
    TRANSACTIONS_EX("TransactionsEx"),
    FIND_EMAIL("FindEmail"),
    GET_CARD_IMAGE_EX("GetCardImageEx"),
    LICENSE_INFO("LicenseInfo");

    private final String wireName;

    FarCardsFunction(String wireName) {
        this.wireName = wireName;
    }

    /** The name as in ExtDllHttp.ini and as the response element (V1), e.g. {@code GetCardInfoEx}. */
    public String wireName() {
        return wireName;
    }

    /**
     * Resolves a function name or a request path: the last non-empty path segment, compared case-insensitively,
     * so {@code /rkeeper/farcards/getcardinfoex} and {@code GetCardInfoEx} both resolve.
     */
    public static Optional<FarCardsFunction> fromPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String trimmed = path.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String segment = trimmed.substring(trimmed.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        for (FarCardsFunction function : values()) {
            if (function.wireName.toLowerCase(Locale.ROOT).equals(segment)) {
                return Optional.of(function);
            }
        }
        return Optional.empty();
    }
}
