package io.kopilka.rest.internal.auth;

import java.util.Arrays;

import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.core.SecurityContext;

import io.kopilka.api.AccessDeniedException;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.CallerPrincipal;
import io.kopilka.api.security.TokenKind;

/** Who may do what: the caller of a request and the token kinds an action needs. */
public final class Access {

    private Access() {
    }

    /** The authenticated caller (the filter guarantees one on every non-public path). */
    public static Caller caller(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof CallerPrincipal p) {
            return p.caller();
        }
        throw new NotAuthorizedException(Bearer.CHALLENGE);
    }

    /** The caller, if its token is one of {@code kinds}; else 403. */
    public static Caller require(SecurityContext context, TokenKind... kinds) {
        return require(caller(context), kinds);
    }

    /** {@code caller}, if its token is one of {@code kinds}; else 403. */
    public static Caller require(Caller caller, TokenKind... kinds) {
        if (Arrays.asList(kinds).contains(caller.kind())) {
            return caller;
        }
        throw new AccessDeniedException("a " + caller.kind().name().toLowerCase(java.util.Locale.ROOT)
                + " token may not do this; it needs " + Arrays.toString(kinds).toLowerCase(java.util.Locale.ROOT));
    }
}
