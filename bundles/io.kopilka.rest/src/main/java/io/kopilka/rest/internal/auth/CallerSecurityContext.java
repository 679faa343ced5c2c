package io.kopilka.rest.internal.auth;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import io.kopilka.api.security.Caller;
import io.kopilka.api.security.CallerPrincipal;

/** The security context of an authenticated request: the principal is the token's caller, roles are token kinds. */
public final class CallerSecurityContext implements SecurityContext {

    private final KopilkaPrincipal principal;
    private final boolean secure;

    CallerSecurityContext(Caller caller, boolean secure) {
        this.principal = new KopilkaPrincipal(caller);
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
        return principal.caller().kind().name().equalsIgnoreCase(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }

    /** The principal carrying the caller. */
    public record KopilkaPrincipal(Caller caller) implements CallerPrincipal {
    }
}
