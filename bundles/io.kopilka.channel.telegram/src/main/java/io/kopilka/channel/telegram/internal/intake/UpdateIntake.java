package io.kopilka.channel.telegram.internal.intake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.kopilka.channel.telegram.internal.api.Update;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each update to the bot once. Updates of one chat are handled one at a time (webhook calls can arrive in
 * parallel); a known update id is skipped; an update whose handling fails is tried again, up to {@value #ATTEMPTS}
 * times in all, then dropped so that one bad update cannot stall the bot.
 */
public final class UpdateIntake {

    /** What became of an update. */
    public enum Outcome {
        HANDLED, DUPLICATE, RETRY, DROPPED
    }

    static final int ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(UpdateIntake.class);

    private final HandledUpdates handled;
    private final Consumer<Update> handler;
    private final Object[] locks = new Object[64];
    private final Map<Long, Integer> failures = new ConcurrentHashMap<>();

    public UpdateIntake(HandledUpdates handled, Consumer<Update> handler) {
        this.handled = handled;
        this.handler = handler;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    public Outcome accept(Update update) {
        synchronized (locks[Math.floorMod(Long.hashCode(update.chatKey()), locks.length)]) {
            if (handled.contains(update.id())) {
                return Outcome.DUPLICATE;
            }
            try {
                handler.accept(update);
            } catch (RuntimeException e) {
                int attempts = failures.merge(update.id(), 1, Integer::sum);
                if (attempts < ATTEMPTS) {
                    LOG.warn("Telegram update {} failed (attempt {}); it is tried again", update.id(), attempts, e);
                    return Outcome.RETRY;
                }
                LOG.error("Telegram update {} failed {} times; it is dropped", update.id(), attempts, e);
                failures.remove(update.id());
                handled.add(update.id());
                return Outcome.DROPPED;
            }
            failures.remove(update.id());
            handled.add(update.id());
            return Outcome.HANDLED;
        }
    }

    public long nextOffset() {
        return handled.nextOffset();
    }
}
