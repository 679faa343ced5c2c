package io.kopilka.rest.internal.till;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which request paths and content types the tills' servlet takes. */
class TillRouteTest {

    @Test
    void routesOnlyTheExactPathsUnderTheApiBase() {
        assertEquals(TillRoute.CALCULATE, TillRoute.of("/api/v1/pos/calculate"));
        assertEquals(TillRoute.COMMIT, TillRoute.of("/api/v1/pos/commit"));
        assertEquals(TillRoute.LOOKUP, TillRoute.of("/api/v1/guests/lookup"));
        assertNull(TillRoute.of("/api/v1/pos/refund"));
        assertNull(TillRoute.of("/v1/pos/calculate"));
        assertNull(TillRoute.of("/api/v1/pos/calculate/"));
        assertNull(TillRoute.of("/xyz/v1/pos/commit"));
        assertNull(TillRoute.of(""));
    }

    @Test
    void takesJsonWithOrWithoutParametersAndNothingElse() {
        assertTrue(TillJson.isJson("application/json"));
        assertTrue(TillJson.isJson("Application/JSON; charset=UTF-8"));
        assertTrue(TillJson.isJson("application/vnd.kopilka+json"));
        assertFalse(TillJson.isJson(null));
        assertFalse(TillJson.isJson("text/plain"));
        assertFalse(TillJson.isJson("application/jsonx"));
        assertFalse(TillJson.isJson("text/x+json"));
    }
}
