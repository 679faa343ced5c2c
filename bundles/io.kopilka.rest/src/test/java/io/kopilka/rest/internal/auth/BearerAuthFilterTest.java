package io.kopilka.rest.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The filter's path normalisation, which decides what is public. */
class BearerAuthFilterTest {

    @Test
    void trimsLeadingAndTrailingSlashesOnly() {
        assertEquals("v1/health", BearerAuthFilter.trimSlashes("/v1/health"));
        assertEquals("v1/health", BearerAuthFilter.trimSlashes("//v1/health//"));
        assertEquals("v1//health", BearerAuthFilter.trimSlashes("v1//health"));
        assertEquals("", BearerAuthFilter.trimSlashes("///"));
        assertEquals("", BearerAuthFilter.trimSlashes(""));
    }
}
