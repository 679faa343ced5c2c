package io.kopilka.channel.telegram.internal.api;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small local stand-in for the Bot API in unit tests: records every call and answers from a per-method script,
 * {@code {"ok":true,"result":...}} by default. Updates queued for {@code getUpdates} are served from the requested
 * offset; with none, the call waits up to its {@code timeout} (a long poll) for one to be queued.
 */
public final class LocalBotApi implements AutoCloseable {

    public static final String TOKEN = "4242:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A recorded call. */
    public record Call(String method, String contentType, byte[] body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A scripted answer. */
    public record Answer(int status, String body) {
    }

    private final HttpServer server;
    public final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> script = new ConcurrentHashMap<>();
    private final List<String> updates = new CopyOnWriteArrayList<>();
    private final AtomicInteger messageIds = new AtomicInteger(100);

    public LocalBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::serve);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next calls of {@code method} get these answers, in order. */
    public void script(String method, Answer... answers) {
        script.computeIfAbsent(method, m -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    /** Queues an update (JSON) for getUpdates. */
    public void queue(String updateJson) {
        updates.add(updateJson);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        byte[] body = exchange.getRequestBody().readAllBytes();
        calls.add(new Call(method, exchange.getRequestHeaders().getFirst("Content-Type"), body));
        Answer answer;
        if (!path.startsWith("/bot" + TOKEN + "/")) {
            answer = new Answer(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        } else {
            Deque<Answer> scripted = script.get(method);
            answer = scripted != null && !scripted.isEmpty() ? scripted.poll() : ok(method, body);
        }
        byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), out.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(out);
        }
    }

    private Answer ok(String method, byte[] body) throws IOException {
        String result = switch (method) {
            case "sendMessage", "sendPhoto" -> "{\"message_id\":" + messageIds.incrementAndGet()
                    + ",\"date\":1795428000,\"chat\":{\"id\":1,\"type\":\"private\"}}";
            case "getUpdates" -> longPoll(JSON.readTree(body));
            default -> "true";
        };
        return new Answer(200, "{\"ok\":true,\"result\":" + result + "}");
    }

    private String longPoll(JsonNode request) throws IOException {
        long end = System.nanoTime() + request.path("timeout").asLong(0) * 1_000_000_000L;
        String due = pending(request.path("offset").asLong(0));
        while (due.equals("[]") && System.nanoTime() < end) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            due = pending(request.path("offset").asLong(0));
        }
        return due;
    }

    private String pending(long offset) throws IOException {
        List<String> due = new ArrayList<>();
        for (String u : updates) {
            if (JSON.readTree(u).get("update_id").asLong() >= offset) {
                due.add(u);
            }
        }
        return "[" + String.join(",", due) + "]";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
