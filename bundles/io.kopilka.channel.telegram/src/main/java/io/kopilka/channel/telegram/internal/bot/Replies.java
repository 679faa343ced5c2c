package io.kopilka.channel.telegram.internal.bot;

import java.util.List;

import io.kopilka.api.messaging.Message;
import io.kopilka.api.messaging.Outbox;

/**
 * What the bot says in answer to one update. Messages go through the outbox (rate limits, retries, no loss) with
 * dedupe keys made of the bot, the update and the message's place in the answer: handling the same update again
 * produces the same keys, so nothing is sent twice. Callback answers go straight to Telegram: they only end a
 * button's spinner and are worthless later.
 */
public final class Replies {

    /** Answers a callback query now; failures are the implementation's to log. */
    @FunctionalInterface
    public interface CallbackAnswers {
        void answer(String callbackQueryId, String text);
    }

    private final Outbox outbox;
    private final long organizationId;
    private final String keyPrefix;
    private final String chatId;
    private final CallbackAnswers answers;
    private int count;

    public Replies(Outbox outbox, long organizationId, String botId, long updateId, long chatId,
            CallbackAnswers answers) {
        this.outbox = outbox;
        this.organizationId = organizationId;
        this.keyPrefix = "tg:" + botId + ":" + updateId + ":";
        this.chatId = Long.toString(chatId);
        this.answers = answers;
    }

    void text(String text) {
        text(text, List.of());
    }

    void text(String text, List<Message.Button> buttons) {
        enqueue(text, null, buttons);
    }

    void photo(byte[] png, String caption, List<Message.Button> buttons) {
        enqueue(caption, png, buttons);
    }

    void answer(String callbackQueryId, String text) {
        answers.answer(callbackQueryId, text);
    }

    private void enqueue(String text, byte[] image, List<Message.Button> buttons) {
        outbox.enqueue(organizationId, new Message(Platform.CHANNEL, chatId, null, text, image, buttons,
                keyPrefix + count++));
    }
}
