package io.kopilka.channel.telegram.internal.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A client of the Telegram Bot API ({@code <base>/bot<token>/<method>}, JSON bodies; multipart for photos). Every
 * answer is {@code {"ok":true,"result":...}} or {@code {"ok":false,"error_code":..,"description":..,"parameters":..}},
 * which becomes a {@link BotApiException}. A send that has started is waited for even if the calling thread is
 * interrupted, so that an outcome is never lost between Telegram and the outbox. The token never appears in an
 * exception's message.
 */
public final class BotApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String methodsBase;
    private final String token;
    private final Duration timeout;

    /**
     * @param baseUrl {@code https://api.telegram.org}, or a local Bot API server or a fake
     * @param timeout how long a call may take (long polls add their own timeout to it)
     */
    public BotApi(String baseUrl, String token, Duration timeout) {
        this.token = token;
        this.timeout = timeout;
        this.methodsBase = baseUrl.replaceAll("/+$", "") + "/bot" + token + "/";
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The bot's numeric id: the part of a token before its colon; {@code null} for a malformed token. */
    public static String botId(String token) {
        if (token == null || !token.matches("\\d{1,20}:[A-Za-z0-9_-]{20,100}")) {
            return null;
        }
        return token.substring(0, token.indexOf(':'));
    }

    /** Starts a long poll: updates from {@code offset} (0: the oldest unconfirmed), waiting up to the timeout. */
    public CompletableFuture<List<Update>> getUpdates(long offset, int timeoutSeconds) {
        ObjectNode params = JSON.createObjectNode().put("timeout", timeoutSeconds);
        if (offset > 0) {
            params.put("offset", offset);
        }
        params.putArray("allowed_updates").add("message").add("callback_query");
        HttpRequest request = json("getUpdates", params, timeout.plusSeconds(timeoutSeconds));
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(r -> UpdateParser.list(resultOrNull(r.statusCode(), r.body())));
    }

    /** Waits for a started poll. @throws CancellationException if it was cancelled */
    public List<Update> await(Future<List<Update>> poll) throws BotApiException, InterruptedException {
        try {
            return poll.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BotApiFailure failure) {
                throw failure.exception;
            }
            throw BotApiException.network(redact(describe(cause)));
        }
    }

    /** Sends a text; returns Telegram's message id. */
    public long sendMessage(String chatId, String text, ObjectNode replyMarkup) throws BotApiException {
        ObjectNode params = JSON.createObjectNode().put("chat_id", chatId).put("text", text);
        if (replyMarkup != null) {
            params.set("reply_markup", replyMarkup);
        }
        return call(json("sendMessage", params, timeout)).path("message_id").asLong();
    }

    /** Uploads a PNG as a photo with an optional caption; returns Telegram's message id. */
    public long sendPhoto(String chatId, byte[] png, String caption, ObjectNode replyMarkup) throws BotApiException {
        Multipart form = new Multipart().field("chat_id", chatId);
        if (caption != null && !caption.isEmpty()) {
            form.field("caption", caption);
        }
        if (replyMarkup != null) {
            form.field("reply_markup", replyMarkup.toString());
        }
        form.file("photo", "card.png", "image/png", png);
        HttpRequest request = HttpRequest.newBuilder(method("sendPhoto")).timeout(timeout)
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build();
        return call(request).path("message_id").asLong();
    }

    /** Ends the button's loading state, showing {@code text} (if any) as a short notice. */
    public void answerCallbackQuery(String callbackQueryId, String text) throws BotApiException {
        ObjectNode params = JSON.createObjectNode().put("callback_query_id", callbackQueryId);
        if (text != null) {
            params.put("text", text);
        }
        call(json("answerCallbackQuery", params, timeout));
    }

    /** Has Telegram POST updates to {@code url}, with {@code secret} in {@code X-Telegram-Bot-Api-Secret-Token}. */
    public void setWebhook(String url, String secret) throws BotApiException {
        ObjectNode params = JSON.createObjectNode().put("url", url).put("secret_token", secret);
        params.putArray("allowed_updates").add("message").add("callback_query");
        call(json("setWebhook", params, timeout));
    }

    /** Removes the webhook (pending updates are kept), so that getUpdates works. */
    public void deleteWebhook() throws BotApiException {
        call(json("deleteWebhook", JSON.createObjectNode().put("drop_pending_updates", false), timeout));
    }

    private URI method(String name) {
        return URI.create(methodsBase + name);
    }

    private HttpRequest json(String name, ObjectNode params, Duration callTimeout) {
        return HttpRequest.newBuilder(method(name)).timeout(callTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(params.toString(), StandardCharsets.UTF_8)).build();
    }

    /** Sends and waits for the answer even through an interrupt (restoring the flag after). */
    private JsonNode call(HttpRequest request) throws BotApiException {
        CompletableFuture<HttpResponse<String>> pending = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    HttpResponse<String> r = pending.get();
                    return result(r.statusCode(), r.body());
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw BotApiException.network(redact(describe(e.getCause())));
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private JsonNode resultOrNull(int status, String body) {
        try {
            return result(status, body);
        } catch (BotApiException e) {
            throw new BotApiFailure(e);
        }
    }

    /** The {@code result} of an answer, or its error. */
    JsonNode result(int status, String body) throws BotApiException {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !answer.isObject()) {
            throw new BotApiException(status, "HTTP " + status + " without a Bot API answer", null, null);
        }
        if (answer.path("ok").asBoolean(false) && status / 100 == 2) {
            return answer.path("result");
        }
        JsonNode parameters = answer.path("parameters");
        return failure(answer.path("error_code").asInt(status),
                redact(answer.path("description").asText("HTTP " + status)),
                parameters.path("retry_after").isIntegralNumber() ? parameters.get("retry_after").asInt() : null,
                parameters.path("migrate_to_chat_id").isIntegralNumber()
                        ? parameters.get("migrate_to_chat_id").asLong() : null);
    }

    private static JsonNode failure(int code, String description, Integer retryAfter, Long migrate)
            throws BotApiException {
        throw new BotApiException(code, description, retryAfter, migrate);
    }

    private static String describe(Throwable cause) {
        return cause == null ? "no answer" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private String redact(String text) {
        return text == null || token.isEmpty() ? text : text.replace(token, "<token>");
    }

    /** Carries a Bot API error through a CompletableFuture. */
    private static final class BotApiFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient BotApiException exception;

        BotApiFailure(BotApiException exception) {
            super(exception.getMessage(), null, false, false);
            this.exception = exception;
        }
    }
}
