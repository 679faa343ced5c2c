package io.kopilka.pos.rkeeper.internal.events;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A {@link StateStore} in memory, for tests and a single node; keeps the most recently touched orders. */
public final class InMemoryStateStore implements StateStore {

    private final Map<String, VenueSnapshot> venues = new HashMap<>();
    private final Map<String, OrderSnapshot> orders;

    public InMemoryStateStore() {
        this(10_000);
    }

    public InMemoryStateStore(int orderCapacity) {
        this.orders = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, OrderSnapshot> eldest) {
                return size() > orderCapacity;
            }
        };
    }

    @Override
    public synchronized Optional<VenueSnapshot> venue(String restCode) {
        return Optional.ofNullable(venues.get(restCode));
    }

    @Override
    public synchronized Optional<OrderSnapshot> order(String restCode, String orderKey) {
        return Optional.ofNullable(orders.get(restCode + "|" + orderKey));
    }

    @Override
    public synchronized void saveVenue(String restCode, VenueSnapshot venue) {
        venues.put(restCode, venue);
    }

    @Override
    public synchronized void saveOrder(String restCode, String orderKey, OrderSnapshot order) {
        orders.put(restCode + "|" + orderKey, order);
    }
}
