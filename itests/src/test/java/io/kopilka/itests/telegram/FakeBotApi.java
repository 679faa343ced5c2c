package io.kopilka.itests.telegram;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local Telegram Bot API for the integration tests, speaking the documented JSON at
 * {@code /bot<token>/<method>}: {@code getUpdates} long-polls (honouring {@code offset} and {@code timeout}) over the
 * updates the test queues; {@code sendMessage}, {@code sendPhoto} (multipart) and {@code answerCallbackQuery} are
 * recorded; the next N sends can be answered {@code 429} with {@code parameters.retry_after}. Run the JVM with
 * {@code -Dsun.net.httpserver.nodelay=true}, or the JDK server adds about 40 ms to every answer.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "7001234567:AAFakeBotTokenForKopilkaIntegrationTests";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A message the bot sent: text or photo (with its caption), with its reply markup and Telegram's id. */
    public record Sent(long chatId, long messageId, String text, byte[] photo, JsonNode replyMarkup) {

        /** The callback data of the inline buttons, or the texts of the reply keyboard's buttons. */
        public List<String> buttons() {
            List<String> out = new ArrayList<>();
            if (replyMarkup != null) {
                replyMarkup.path("inline_keyboard").forEach(row -> row.forEach(b -> out.add(b.get("callback_data")
                        .asText())));
                replyMarkup.path("keyboard").forEach(row -> row.forEach(b -> out.add(b.get("text").asText())));
            }
            return out;
        }

        public boolean asksForContact() {
            return replyMarkup != null && replyMarkup.path("keyboard").path(0).path(0).path("request_contact")
                    .asBoolean(false);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<ObjectNode> updates = new ArrayList<>();
    private final List<ObjectNode> redeliveries = new ArrayList<>();
    private long nextUpdateId = 9000;
    private long confirmedBelow;
    private final AtomicInteger messageIds = new AtomicInteger(1);
    private final AtomicInteger floodLeft = new AtomicInteger();
    private volatile int retryAfter = 1;
    public final List<Sent> sent = new CopyOnWriteArrayList<>();
    public final List<String[]> callbackAnswers = new CopyOnWriteArrayList<>();
    public final List<String> calls = new CopyOnWriteArrayList<>();
    public final List<JsonNode> webhooks = new CopyOnWriteArrayList<>();
    public final AtomicInteger floodAnswers = new AtomicInteger();

    public FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next {@code n} sendMessage/sendPhoto calls are refused with 429 and {@code retry_after}. */
    public void flood(int n, int retryAfterSeconds) {
        retryAfter = retryAfterSeconds;
        floodLeft.set(n);
    }

    /** Queues an update; returns its update_id. */
    public synchronized long queue(ObjectNode update) {
        long id = nextUpdateId++;
        update.put("update_id", id);
        updates.add(update);
        notifyAll();
        return id;
    }

    /** Sends an update again with the next poll whatever its offset, as Telegram does for an unconfirmed one. */
    public synchronized void redeliver(long updateId) {
        updates.stream().filter(u -> u.get("update_id").asLong() == updateId).findFirst()
                .ifPresent(u -> redeliveries.add(u.deepCopy()));
        notifyAll();
    }

    /** Whether the bot confirmed (polled past) the update. */
    public synchronized boolean confirmed(long updateId) {
        return updateId < confirmedBelow;
    }

    public List<Sent> sentTo(long chat) {
        return sent.stream().filter(s -> s.chatId() == chat).toList();
    }

    /** Waits for a message to {@code chat}, among those sent after the first {@code after}, that matches. */
    public Sent await(long chat, int after, Predicate<Sent> what, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            List<Sent> to = sentTo(chat);
            for (int i = after; i < to.size(); i++) {
                if (what.test(to.get(i))) {
                    return to.get(i);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such message to " + chat + " in " + timeout + "; sent: " + describe(chat));
    }

    private String describe(long chat) {
        StringBuilder s = new StringBuilder();
        sentTo(chat).forEach(m -> s.append("\n  [").append(m.text()).append("] ").append(m.buttons()));
        return s.toString();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        byte[] body = exchange.getRequestBody().readAllBytes();
        calls.add(method);
        String answer;
        int status = 200;
        try {
            if (!path.startsWith("/bot" + TOKEN + "/")) {
                status = 401;
                answer = error(401, "Unauthorized", null);
            } else {
                answer = answer(method, exchange.getRequestHeaders().getFirst("Content-Type"), body);
                status = answer.contains("\"error_code\":429") ? 429 : answer.contains("\"ok\":false") ? 400 : 200;
            }
        } catch (RuntimeException e) {
            status = 400;
            answer = error(400, "Bad Request: " + e.getMessage(), null);
        }
        byte[] out = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, out.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(out);
        }
    }

    private String answer(String method, String contentType, byte[] body) throws IOException {
        switch (method) {
            case "getUpdates":
                return ok(poll(JSON.readTree(body)));
            case "sendMessage":
            case "sendPhoto":
                if (floodLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    floodAnswers.incrementAndGet();
                    return error(429, "Too Many Requests: retry after " + retryAfter, "{\"retry_after\":"
                            + retryAfter + "}");
                }
                return ok(record(method, contentType, body).toString());
            case "answerCallbackQuery":
                JsonNode q = JSON.readTree(body);
                callbackAnswers.add(new String[] {q.get("callback_query_id").asText(), q.path("text").asText(null)});
                return ok("true");
            case "setWebhook":
                webhooks.add(JSON.readTree(body));
                return ok("true");
            case "deleteWebhook":
                return ok("true");
            default:
                return error(404, "Not Found: method not found", null);
        }
    }

    private ObjectNode record(String method, String contentType, byte[] body) throws IOException {
        long chat;
        String text;
        byte[] photo = null;
        JsonNode markup;
        if ("sendPhoto".equals(method)) {
            Map<String, MultipartForm.Part> form = MultipartForm.parse(contentType, body);
            chat = Long.parseLong(form.get("chat_id").text());
            text = form.containsKey("caption") ? form.get("caption").text() : null;
            photo = form.get("photo").bytes();
            markup = form.containsKey("reply_markup") ? JSON.readTree(form.get("reply_markup").text()) : null;
        } else {
            JsonNode json = JSON.readTree(body);
            chat = Long.parseLong(json.get("chat_id").asText());
            text = json.get("text").asText();
            markup = json.get("reply_markup");
        }
        int id = messageIds.incrementAndGet();
        sent.add(new Sent(chat, id, text, photo, markup));
        ObjectNode message = JSON.createObjectNode().put("message_id", id).put("date", 1795428000);
        message.putObject("chat").put("id", chat).put("type", chat > 0 ? "private" : "supergroup");
        return message;
    }

    private synchronized String poll(JsonNode request) {
        long offset = request.path("offset").asLong(0);
        long end = System.nanoTime() + Duration.ofSeconds(request.path("timeout").asLong(0)).toNanos();
        confirmedBelow = Math.max(confirmedBelow, offset);
        ArrayNode due = JSON.createArrayNode();
        while (true) {
            redeliveries.forEach(due::add);
            redeliveries.clear();
            updates.stream().filter(u -> u.get("update_id").asLong() >= offset).forEach(due::add);
            long left = end - System.nanoTime();
            if (!due.isEmpty() || left <= 0) {
                return due.toString();
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return due.toString();
            }
        }
    }

    private static String ok(String result) {
        return "{\"ok\":true,\"result\":" + result + "}";
    }

    private static String error(int code, String description, String parameters) {
        return "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\""
                + (parameters == null ? "" : ",\"parameters\":" + parameters) + "}";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
