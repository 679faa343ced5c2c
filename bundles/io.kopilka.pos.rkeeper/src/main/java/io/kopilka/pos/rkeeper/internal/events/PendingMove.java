package io.kopilka.pos.rkeeper.internal.events;

import java.time.Instant;

/**
 * A saved dish that left an order without a void, waiting (for the move window) to be matched with the same dish
 * arriving in another order of the restaurant.
 *
 * @param orderKey the order it left
 * @param dish the line as it was
 * @param quantityMilli how much left
 * @param at when Kopilka saw it leave
 */
public record PendingMove(String orderKey, DishLine dish, long quantityMilli, Instant at) {
}
