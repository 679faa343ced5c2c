package io.kopilka.pos.rkeeper.sim;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Plays ExtDllHTTP.dll: URL = {@code Address} + "/" + the function's handler path from ExtDllHttp.ini (S1), POST of
 * UTF-8 XML. The request content type is not documented; {@code text/xml; charset=utf-8} is sent.
 */
public final class FarCardsClient {

    private final HttpClient http;
    private final String address;
    private final Map<String, String> paths;

    /**
     * @param address the ini's {@code Address}, without a trailing slash
     * @param paths handler path per function name ("GetCardInfoEx" → "getcardinfoex.php", ...)
     */
    public FarCardsClient(String address, Map<String, String> paths) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.address = address;
        this.paths = Map.copyOf(paths);
    }

    /** Posts one request; returns the HTTP response with its body as text. */
    public HttpResponse<String> send(FarCardsScenario.Request request) throws IOException, InterruptedException {
        String path = paths.get(request.function());
        if (path == null) {
            throw new IllegalArgumentException("no path configured for " + request.function());
        }
        HttpRequest http = HttpRequest.newBuilder(URI.create(address + "/" + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8)).build();
        return this.http.send(http, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
