package io.kopilka.itests.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Drives a running Kopilka over its REST API: creates the bonus and tiers programs, issues one terminal token per
 * terminal, and makes the load operations (a calculate+commit pair of a random receipt per terminal thread, and a
 * card lookup). Set-up requests go through the JDK's HTTP client; the load operations through one blocking
 * keep-alive {@link TillConnection} per thread. Only the status is checked on the hot path.
 */
final class KopilkaDriver {

    static final String BONUS_PROGRAM = "{\"mechanic\":\"bonus\",\"name\":\"5%\",\"priority\":10,"
            + "\"parameters\":{\"percent\":5,\"maxShare\":[{\"percent\":50}]}}";
    static final String TIERS_PROGRAM = "{\"mechanic\":\"tiers\",\"name\":\"Ladder\",\"priority\":20,"
            + "\"parameters\":{\"levels\":[{\"name\":\"Standard\",\"threshold\":0,\"discountPercent\":3},"
            + "{\"name\":\"Gold\",\"threshold\":10000,\"discountPercent\":5}]}}";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/api/v1";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String base;
    private final String admin;
    private final List<String> terminals = new ArrayList<>();

    KopilkaDriver(int port, String adminSecret) {
        this.port = port;
        this.base = "http://localhost:" + port + API;
        this.admin = adminSecret;
    }

    /** A status and body. */
    record Reply(int status, String body) {
    }

    /**
     * Waits until the resources and both mechanics are registered (they come up one by one after the health check
     * answers), then creates the programs and the terminal tokens.
     */
    void setUp(int terminalCount) throws Exception {
        Duration timeout = Duration.ofMinutes(3);
        await("GET", "/tokens", admin, null, 200, timeout);
        await("GET", "/programs", admin, null, 200, timeout);
        awaitMechanics(List.of("bonus", "tiers"), timeout);
        expect(send("POST", "/programs", admin, BONUS_PROGRAM, Duration.ofSeconds(60)), 201, "bonus program");
        expect(send("POST", "/programs", admin, TIERS_PROGRAM, Duration.ofSeconds(60)), 201, "tiers program");
        issueTerminalTokens(terminalCount);
        await("POST", "/pos/calculate", terminals.get(0), "{}", 400, timeout);
        await("GET", "/guests/lookup?identifier=" + GuestSeeder.card(1), terminals.get(0), null, 200, timeout);
    }

    /** Issues a token for each of the terminals 1 to {@code terminalCount}. */
    void issueTerminalTokens(int terminalCount) throws Exception {
        for (int t = 1; t <= terminalCount; t++) {
            Reply r = expect(send("POST", "/tokens", admin, "{\"kind\":\"TERMINAL\",\"name\":\"bench-" + t
                    + "\",\"terminalId\":" + t + "}", Duration.ofSeconds(60)), 201, "terminal token " + t);
            terminals.add(JSON.readTree(r.body()).get("secret").asText());
        }
    }

    private void await(String method, String path, String token, String body, int status, Duration timeout)
            throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        Reply r;
        while ((r = send(method, path, token, body, Duration.ofSeconds(60))).status() != status) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException(method + " " + path + " did not answer " + status + " in " + timeout
                        + ": " + r);
            }
            Thread.sleep(500);
        }
    }

    private void awaitMechanics(List<String> ids, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            Reply r = send("GET", "/mechanics", admin, null, Duration.ofSeconds(60));
            List<String> installed = new ArrayList<>();
            if (r.status() == 200) {
                JSON.readTree(r.body()).forEach(m -> installed.add(m.path("id").asText()));
            }
            if (installed.containsAll(ids)) {
                return;
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException("mechanics " + ids + " not installed after " + timeout + ": " + r);
            }
            Thread.sleep(500);
        }
    }

    /**
     * Thread {@code i} is terminal {@code i + 1} (modulo the terminals there are): random receipts, each calculated
     * then committed.
     */
    LoadRunner.OpFactory receiptPairs(String phase, long seed, int guests) {
        return index -> {
            Receipts receipts = new Receipts(seed * 31 + index, guests);
            String token = terminals.get(index % terminals.size());
            TillConnection till = till();
            long[] sequence = {0};
            return new LoadRunner.Op() {
                @Override
                public boolean run() throws Exception {
                    Receipts.Receipt r = receipts.next();
                    String body = Receipts.json(r, phase + "-" + index + "-" + (++sequence[0]));
                    expect(till.send("POST", API + "/pos/calculate", token, body), 200, "calculate");
                    expect(till.send("POST", API + "/pos/commit", token, body), 201, "commit");
                    return true;
                }

                @Override
                public void close() throws Exception {
                    till.close();
                }
            };
        };
    }

    /** A card lookup of a random guest, with thread {@code i}'s terminal token. */
    LoadRunner.OpFactory lookups(long seed, int guests) {
        return index -> {
            Receipts receipts = new Receipts(seed * 17 + index, guests);
            String token = terminals.get(index % terminals.size());
            TillConnection till = till();
            return new LoadRunner.Op() {
                @Override
                public boolean run() throws Exception {
                    expect(till.send("GET", API + "/guests/lookup?identifier=" + receipts.randomCard(), token, null),
                            200, "lookup");
                    return true;
                }

                @Override
                public void close() throws Exception {
                    till.close();
                }
            };
        };
    }

    private TillConnection till() {
        return new TillConnection("localhost", port, 30_000);
    }

    /** Runs the ledger check; gives its answer and how long it took. */
    LedgerCheck ledgerCheck(Duration timeout) throws Exception {
        long start = System.nanoTime();
        Reply r = send("GET", "/ledger/check", admin, null, timeout);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (r.status() != 200) {
            return new LedgerCheck(took, -1, -1, List.of("HTTP " + r.status() + ": " + r.body()));
        }
        JsonNode json = JSON.readTree(r.body());
        List<String> problems = new ArrayList<>();
        json.path("problems").forEach(p -> problems.add(p.asText()));
        return new LedgerCheck(took, json.path("entries").asLong(-1), json.path("lots").asLong(-1), problems);
    }

    /** The ledger check's outcome. */
    record LedgerCheck(Duration took, long entries, long lots, List<String> problems) {
    }

    private Reply send(String method, String path, String token, String body, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body());
    }

    private static Reply expect(Reply r, int status, String what) {
        if (r.status() != status) {
            String body = r.body().length() > 300 ? r.body().substring(0, 300) + "..." : r.body();
            throw new IllegalStateException(what + ": HTTP " + r.status() + " " + body);
        }
        return r;
    }
}
