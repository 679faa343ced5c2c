package io.kopilka.pos.rkeeper.internal.events;

import java.util.Optional;

/**
 * Keeps what Kopilka remembers about restaurants and orders between notifications, so that events r_keeper does
 * not announce can be derived. Several nodes need a shared (database-backed) implementation.
 */
public interface StateStore {

    Optional<VenueSnapshot> venue(String restCode);

    Optional<OrderSnapshot> order(String restCode, String orderKey);

    void saveVenue(String restCode, VenueSnapshot venue);

    void saveOrder(String restCode, String orderKey, OrderSnapshot order);
}
