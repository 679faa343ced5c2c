package io.kopilka.rest.internal.auth;

import io.kopilka.api.security.Caller;
import io.kopilka.api.security.TokenService;

/**
 * Reads the caller from an {@code Authorization: Bearer <token>} header, for the JAX-RS filter and the tills'
 * servlet alike, so that both refuse a request with the same words.
 */
public final class Bearer {

    /** The {@code WWW-Authenticate} challenge sent with every 401. */
    public static final String CHALLENGE = "Bearer realm=\"kopilka\"";

    private static final String SCHEME = "Bearer ";

    private Bearer() {
    }

    /** The caller of the token in {@code header}; {@link Rejected} when there is none or it is unknown or revoked. */
    public static Caller caller(TokenService tokens, String header) {
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new Rejected("missing bearer token: send 'Authorization: Bearer <token>'");
        }
        return tokens.authenticate(header.substring(SCHEME.length()).strip())
                .orElseThrow(() -> new Rejected("unknown or revoked token"));
    }

    /** A request without a valid token: answered 401 with {@link #CHALLENGE}. */
    public static final class Rejected extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Rejected(String detail) {
            super(detail, null, false, false);
        }
    }
}
