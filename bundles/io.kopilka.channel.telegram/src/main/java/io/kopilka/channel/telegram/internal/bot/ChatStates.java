package io.kopilka.channel.telegram.internal.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each private chat is in a conversation that spans messages: waiting for the phone (with the {@code /start}
 * source), for consent (with the phone), or for the words of a review. Kept in memory, each for a limited time: after
 * a restart of Kopilka a guest is asked again, nothing is registered from half a conversation.
 */
public final class ChatStates {

    static final Duration PHONE_WAIT = Duration.ofHours(1);
    static final Duration CONSENT_WAIT = Duration.ofHours(1);
    static final Duration REVIEW_WAIT = Duration.ofHours(24);
    private static final int PRUNE_ABOVE = 10_000;

    /** A conversation step. */
    sealed interface State {
        Instant expires();
    }

    record AwaitingPhone(String source, Instant expires) implements State {
    }

    record AwaitingConsent(String phone, String name, String source, Instant expires) implements State {
    }

    record AwaitingReviewText(long receiptKey, int score, Instant expires) implements State {
    }

    private final Map<Long, State> states = new ConcurrentHashMap<>();
    private final Clock clock;

    public ChatStates(Clock clock) {
        this.clock = clock;
    }

    Instant in(Duration wait) {
        return clock.instant().plus(wait);
    }

    void put(long chat, State state) {
        if (states.size() > PRUNE_ABOVE) {
            Instant now = clock.instant();
            states.values().removeIf(s -> s.expires().isBefore(now));
        }
        states.put(chat, state);
    }

    /** The chat's live state of that kind, if any. */
    <T extends State> Optional<T> get(long chat, Class<T> kind) {
        State s = states.get(chat);
        if (s == null || s.expires().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return kind.isInstance(s) ? Optional.of(kind.cast(s)) : Optional.empty();
    }

    void clear(long chat) {
        states.remove(chat);
    }
}
