package io.kopilka.rest.internal.auth;

import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;

import io.kopilka.api.pos.PosPlugin;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.TokenService;
import io.kopilka.rest.internal.error.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Authenticates every request but the public ones (health, the OpenAPI document, and POS plugins' endpoints under
 * {@link PosPlugin#OWN_AUTH_PREFIX}, which authenticate themselves) by its {@code Bearer} token, before
 * any resource is even matched, so that an unknown path without a token is a 401 too. The caller is handed to the
 * resources as the request's {@link javax.ws.rs.core.SecurityContext}.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName(BearerAuthFilter.NAME)
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthFilter implements ContainerRequestFilter {

    /** The filter's whiteboard name: protected resources select it, so they are never served without it. */
    public static final String NAME = "kopilka-auth";

    static final Set<String> PUBLIC = Set.of("v1/health", "v1/openapi.json");

    private final TokenService tokens;

    @Activate
    public BearerAuthFilter(@Reference TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = trimSlashes(request.getUriInfo().getPath());
        if (PUBLIC.contains(path) || path.startsWith(PosPlugin.OWN_AUTH_PREFIX)) {
            return;
        }
        Caller caller;
        try {
            caller = Bearer.caller(tokens, request.getHeaderString(HttpHeaders.AUTHORIZATION));
        } catch (Bearer.Rejected e) {
            abort(request, e.getMessage());
            return;
        }
        request.setSecurityContext(new CallerSecurityContext(caller, request.getSecurityContext().isSecure()));
    }

    /** The path without leading and trailing slashes (no regular expression per request). */
    static String trimSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }

    private static void abort(ContainerRequestContext request, String detail) {
        request.abortWith(javax.ws.rs.core.Response.fromResponse(Problem.response(401, "unauthorized", detail, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, Bearer.CHALLENGE).build());
    }
}
