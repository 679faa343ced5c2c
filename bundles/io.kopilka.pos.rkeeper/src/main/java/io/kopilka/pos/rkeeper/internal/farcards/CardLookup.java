package io.kopilka.pos.rkeeper.internal.farcards;

import java.util.Objects;

/**
 * The backend's answer to a card lookup. GetCardInfoEx {@code Result} is 0 (card exists, info filled) or 1 (card
 * does not exist) only (T1); a blocked card is an existing card with {@code Locked="1"} and a reason the cashier sees.
 */
public sealed interface CardLookup {

    /** The card exists; answered with {@code Result="0"} and every field of {@code info}. */
    record Found(CardInfo info) implements CardLookup {

        /** Checks for null. */
        public Found {
            Objects.requireNonNull(info, "info");
        }
    }

    /** No such card; answered {@code <GetCardInfoEx Result="1"/>} (V1). */
    record NotFound() implements CardLookup {
    }

    /**
     * The card exists but must not be used; answered {@code Result="0" Locked="1" WhyLock=reason} with every other
     * field empty or 0. For a blocked card with a holder name or balance, return {@link Found} with
     * {@link CardInfo.Builder#locked(String)} instead.
     */
    record Blocked(String reason) implements CardLookup {

        /** Null as "". */
        public Blocked {
            reason = Texts.orEmpty(reason);
        }
    }

    /** Shorthand for {@link Found}. */
    static CardLookup found(CardInfo info) {
        return new Found(info);
    }

    /** Shorthand for {@link NotFound}. */
    static CardLookup notFound() {
        return new NotFound();
    }

    /** Shorthand for {@link Blocked}. */
    static CardLookup blocked(String reason) {
        return new Blocked(reason);
    }
}
