package io.kopilka.pos.rkeeper.internal.farcards;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * A raw FarCards-HTTP request as received: which function (a name or the request path), the query parameters and
 * the body. ExtDllHTTP POSTs an XML body to the function's configured path (S1); query parameters are not part of
 * the protocol and are kept only for the caller's logging. Use {@link #read} to take the body from a stream
 * without ever buffering more than the limit.
 */
public final class FarCardsRequest {

    private static final byte[] NO_BODY = new byte[0];

    private final String function;
    private final Map<String, List<String>> parameters;
    private final byte[] body;
    private final boolean oversized;

    private FarCardsRequest(String function, Map<String, List<String>> parameters, byte[] body, boolean oversized) {
        this.function = function == null ? "" : function;
        this.parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        this.body = body;
        this.oversized = oversized;
    }

    /** A request with this body (copied; null as empty). */
    public static FarCardsRequest of(String function, Map<String, List<String>> parameters, byte[] body) {
        return new FarCardsRequest(function, parameters, body == null ? NO_BODY : body.clone(), false);
    }

    /**
     * Reads at most {@code maxBytes + 1} bytes from {@code in}; a longer body is not kept and the request is marked
     * {@link #oversized()}, answered {@link FarCardsError#TOO_LARGE}. Does not close the stream.
     *
     * @throws IOException if reading fails
     */
    public static FarCardsRequest read(String function, Map<String, List<String>> parameters, InputStream in,
            int maxBytes) throws IOException {
        if (maxBytes <= 0 || maxBytes == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxBytes must be 1.." + (Integer.MAX_VALUE - 1));
        }
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            return new FarCardsRequest(function, parameters, NO_BODY, true);
        }
        return new FarCardsRequest(function, parameters, bytes, false);
    }

    /** The function name or path as given. */
    public String function() {
        return function;
    }

    /** The query parameters (unused by the protocol). */
    public Map<String, List<String>> parameters() {
        return parameters;
    }

    /** A copy of the body. */
    public byte[] body() {
        return body.clone();
    }

    byte[] bodyUnsafe() {
        return body;
    }

    /** Whether {@link #read} stopped at the limit. */
    public boolean oversized() {
        return oversized;
    }
}
