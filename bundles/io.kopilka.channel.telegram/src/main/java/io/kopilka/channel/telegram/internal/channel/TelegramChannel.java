package io.kopilka.channel.telegram.internal.channel;

import java.io.File;
import java.time.Duration;
import java.util.Optional;

import io.kopilka.api.messaging.Channel;
import io.kopilka.api.messaging.Delivery;
import io.kopilka.api.messaging.Message;
import io.kopilka.channel.telegram.internal.TelegramBot;
import io.kopilka.channel.telegram.internal.TelegramConfig;
import io.kopilka.channel.telegram.internal.api.BotApi;
import io.kopilka.channel.telegram.internal.api.BotApiException;
import io.kopilka.channel.telegram.internal.api.Keyboards;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Telegram as an outbox channel ({@code kopilka.channel=telegram}): the address is a chat id; a message with an image
 * is a photo with the text as its caption, otherwise a text message; buttons become a keyboard ({@link Keyboards}).
 * Outcomes: delivered with {@code <chat>:<message id>}; 429 retried after Telegram's {@code retry_after}; 5xx and
 * network trouble retried with the outbox's backoff; a rejected token is retried in 5 minutes (the configuration is
 * wrong, not the message); 403 (the user blocked the bot) and other 4xx (chat not found, bad request) fail. Messages
 * already delivered are answered from the {@link SentJournal} instead of being sent again, and sends run one at a
 * time: when a restarting core briefly has two outbox senders on one message, the second finds the first's delivery.
 */
@Component(service = Channel.class, property = Channel.ID_PROPERTY + "=telegram",
        configurationPid = TelegramBot.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public class TelegramChannel implements Channel {

    static final int TEXT_LIMIT = 4096;
    static final int CAPTION_LIMIT = 1024;
    private static final Duration TOKEN_RETRY = Duration.ofMinutes(5);

    private final BotApi api;
    private final SentJournal journal;

    @Activate
    public TelegramChannel(TelegramConfig config, BundleContext context) {
        this(BotApi.botId(config.botToken()) == null ? null
                : new BotApi(config.apiBaseUrl(), config.botToken(), Duration.ofSeconds(30)),
                new SentJournal(journalFile(context)));
    }

    public TelegramChannel(BotApi api, SentJournal journal) {
        this.api = api;
        this.journal = journal;
    }

    @Deactivate
    void stop() {
        journal.close();
    }

    @Override
    public int perSecond() {
        return 30;
    }

    @Override
    public Duration perAddressInterval() {
        return Duration.ofSeconds(1);
    }

    @Override
    public synchronized Delivery send(Message message) {
        if (api == null) {
            return new Delivery.RetryLater(TOKEN_RETRY, "no valid bot token configured");
        }
        String chat = message.address();
        if (chat == null || !chat.matches("-?\\d{1,20}|@[A-Za-z0-9_]{5,32}")) {
            return new Delivery.Failed("not a Telegram chat id: " + chat);
        }
        Optional<String> earlier = journal.find(chat, message.dedupeKey());
        if (earlier.isPresent()) {
            return new Delivery.Delivered(earlier.get());
        }
        String text = message.text() == null ? "" : message.text();
        try {
            long id = message.image() != null ? api.sendPhoto(chat, message.image(), clip(text, CAPTION_LIMIT),
                    Keyboards.markup(message.buttons())) : sendText(chat, text, message);
            String providerId = chat + ":" + id;
            journal.record(chat, message.dedupeKey(), providerId);
            return new Delivery.Delivered(providerId);
        } catch (BotApiException e) {
            return outcome(e);
        } catch (IllegalArgumentException e) {
            return new Delivery.Failed("cannot be sent to Telegram: " + e.getMessage());
        }
    }

    private long sendText(String chat, String text, Message message) throws BotApiException {
        if (text.isBlank()) {
            throw new IllegalArgumentException("a message needs a text or an image");
        }
        return api.sendMessage(chat, clip(text, TEXT_LIMIT), Keyboards.markup(message.buttons()));
    }

    /** What a Bot API error means for the outbox. */
    static Delivery outcome(BotApiException e) {
        int code = e.errorCode();
        String what = e.getMessage();
        if (e.isNetwork()) {
            return new Delivery.RetryLater(null, "Telegram not reached: " + what);
        }
        if (code == 429) {
            return new Delivery.RetryLater(e.retryAfter() == null ? null : Duration.ofSeconds(e.retryAfter()),
                    "Telegram flood control (429): " + what);
        }
        if (code >= 500) {
            return new Delivery.RetryLater(null, "Telegram failed (" + code + "): " + what);
        }
        if (code == 401 || code == 404) {
            return new Delivery.RetryLater(TOKEN_RETRY, "Telegram refused the bot token (" + code + ")");
        }
        if (code == 403) {
            return new Delivery.Failed("the user blocked the bot or the bot left the chat (403): " + what);
        }
        if (e.migrateToChatId() != null) {
            return new Delivery.Failed("the group became supergroup " + e.migrateToChatId() + "; join it again");
        }
        return new Delivery.Failed("Telegram refused the message (" + code + "): " + what);
    }

    private static String clip(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = limit - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static java.nio.file.Path journalFile(BundleContext context) {
        File file = context == null ? null : context.getDataFile("telegram-sent.journal");
        return file == null ? null : file.toPath();
    }
}
