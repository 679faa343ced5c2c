package io.kopilka.pos.rkeeper.internal.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dishes of a restaurant that left an order without a void, kept for the move window so that the same dish
 * (same code and quantity) arriving in another order is reported as moved in. Bounded; oldest dropped first.
 */
final class MoveBook {

    private static final int MAX_PENDING = 64;

    private final List<PendingMove> pending;
    private final Duration window;

    MoveBook(List<PendingMove> pending, Duration window, Instant now) {
        this.window = window;
        this.pending = new ArrayList<>();
        pending.stream().filter(move -> !move.at().plus(window).isBefore(now)).forEach(this.pending::add);
    }

    void leave(String orderKey, DishLine dish, long milli, Instant at) {
        pending.add(new PendingMove(orderKey, dish, milli, at));
        while (pending.size() > MAX_PENDING) {
            pending.remove(0);
        }
    }

    /** Takes the oldest dish that left another order and matches this arrival, if any. */
    Optional<PendingMove> arrive(String orderKey, DishLine dish, long milli) {
        Iterator<PendingMove> it = pending.iterator();
        while (it.hasNext()) {
            PendingMove move = it.next();
            if (!move.orderKey().equals(orderKey) && move.quantityMilli() == milli
                    && Objects.equals(move.dish().code(), dish.code())
                    && Objects.equals(move.dish().id(), dish.id())) {
                it.remove();
                return Optional.of(move);
            }
        }
        return Optional.empty();
    }

    Duration window() {
        return window;
    }

    List<PendingMove> pending() {
        return List.copyOf(pending);
    }
}
