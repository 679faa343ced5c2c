package io.kopilka.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** A small HTTP client for the tests: real requests to the running Kopilka, JSON answers parsed. */
public final class Http {

    /** Reads decimals exactly, trailing zeros kept, as the API writes them. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Http(int port) {
        this(port, "/api/v1");
    }

    /** A client for another base path on the same server ({@code /api} for plugins' own endpoints). */
    public Http(int port, String basePath) {
        this.base = "http://localhost:" + port + basePath;
    }

    /** An answer: status, content type and the body (as JSON when it is JSON). */
    public record Reply(int status, String contentType, String text, JsonNode json) {

        public String problemField() {
            return json == null || json.get("field") == null ? null : json.get("field").asText();
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    public Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Reply delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    public Reply post(String path, String token, String body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply send(String method, String path, String token, String contentType, String body) {
        HttpRequest.Builder b = request(path, token).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") && !r.body().isEmpty() ? JSON.readTree(r.body()) : null;
            return new Reply(r.statusCode(), type, r.body(), json);
        } catch (IOException e) {
            return new Reply(-1, "", e.toString(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls until {@code path} answers {@code status}, or fails after {@code timeout}. */
    public Reply await(String path, String token, int status, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        Reply last;
        do {
            last = get(path, token);
            if (last.status() == status) {
                return last;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (System.nanoTime() < end);
        throw new AssertionError("GET " + path + " did not answer " + status + " in " + timeout + "; last: " + last);
    }
}
