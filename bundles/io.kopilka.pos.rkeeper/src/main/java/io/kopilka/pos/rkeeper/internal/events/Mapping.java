package io.kopilka.pos.rkeeper.internal.events;

import java.util.List;

/**
 * What a notification maps to: its events, in order, and the state to remember once they are delivered.
 *
 * @param events the events, station and shift events first, then the order's
 * @param venue the restaurant's state after the notification
 * @param orderKey the order's key, or {@code null} if the notification carries no order
 * @param order the order's state after the notification, or {@code null}
 */
public record Mapping(List<PosEvent> events, VenueSnapshot venue, String orderKey, OrderSnapshot order) {

    public Mapping {
        events = List.copyOf(events);
    }
}
