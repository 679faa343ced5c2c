package io.kopilka.channel.telegram.internal.api;

/**
 * A Bot API call that did not succeed: Telegram's {@code error_code} and {@code description} (or the HTTP status),
 * with {@code parameters.retry_after} and {@code parameters.migrate_to_chat_id} when given; {@code errorCode} 0 means
 * Telegram was not reached. The message never contains the bot token.
 */
public class BotApiException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int errorCode;
    private final Integer retryAfter;
    private final Long migrateToChatId;

    public BotApiException(int errorCode, String description, Integer retryAfter, Long migrateToChatId) {
        super(description);
        this.errorCode = errorCode;
        this.retryAfter = retryAfter;
        this.migrateToChatId = migrateToChatId;
    }

    /** Telegram was not reached, or its answer was cut off. */
    public static BotApiException network(String description) {
        return new BotApiException(0, description, null, null);
    }

    public int errorCode() {
        return errorCode;
    }

    /** Seconds to wait after a 429; {@code null} if Telegram did not say. */
    public Integer retryAfter() {
        return retryAfter;
    }

    /** The supergroup a group chat became (a 400 for the old id); {@code null} otherwise. */
    public Long migrateToChatId() {
        return migrateToChatId;
    }

    public boolean isNetwork() {
        return errorCode == 0;
    }
}
