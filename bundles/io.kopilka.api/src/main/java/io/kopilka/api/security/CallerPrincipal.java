package io.kopilka.api.security;

import java.security.Principal;

/**
 * The principal of an authenticated API request: a JAX-RS resource of any plugin gets the {@link Caller} from
 * {@code securityContext.getUserPrincipal()} when it is one of these.
 */
public interface CallerPrincipal extends Principal {

    Caller caller();

    @Override
    default String getName() {
        return caller().author();
    }
}
