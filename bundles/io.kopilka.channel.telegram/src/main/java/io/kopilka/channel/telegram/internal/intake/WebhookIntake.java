package io.kopilka.channel.telegram.internal.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopilka.channel.telegram.internal.api.UpdateParser;

/**
 * Updates that Telegram POSTs to the webhook: the path's key must be the bot's id and the
 * {@code X-Telegram-Bot-Api-Secret-Token} header the configured secret (compared in constant time); the body must be
 * one update. A failure worth retrying asks Telegram to send the update again.
 */
public final class WebhookIntake {

    /** How a webhook call is answered. */
    public enum Result {
        /** 200: handled, or a duplicate. */
        OK(200),
        /** 404: no such bot here (or not in webhook mode). */
        NOT_FOUND(404),
        /** 401: no secret header. */
        UNAUTHORIZED(401),
        /** 403: a wrong secret. */
        FORBIDDEN(403),
        /** 400: not an update. */
        BAD_REQUEST(400),
        /** 503: try again later. */
        RETRY(503);

        private final int status;

        Result(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String botId;
    private final byte[] secretHash;
    private final UpdateIntake intake;

    public WebhookIntake(String botId, String secret, UpdateIntake intake) {
        this.botId = botId;
        this.secretHash = sha256(secret);
        this.intake = intake;
    }

    public Result receive(String key, String secretHeader, byte[] body) {
        if (!botId.equals(key)) {
            return Result.NOT_FOUND;
        }
        if (secretHeader == null || secretHeader.isEmpty()) {
            return Result.UNAUTHORIZED;
        }
        if (!MessageDigest.isEqual(secretHash, sha256(secretHeader))) {
            return Result.FORBIDDEN;
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            return Result.BAD_REQUEST;
        }
        try {
            return intake.accept(UpdateParser.update(json)) == UpdateIntake.Outcome.RETRY ? Result.RETRY : Result.OK;
        } catch (IllegalArgumentException e) {
            return Result.BAD_REQUEST;
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
