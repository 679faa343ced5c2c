package io.kopilka.pos.rkeeper.internal.events;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Kopilka remembers about a restaurant between notifications: the common shift it is in, the employees active
 * in that shift, when each station was last heard from (venue time), and dishes that left an order and may arrive
 * in another.
 *
 * @param shiftNum the current {@code ShiftNum}, or {@code null} before the first one
 * @param employees keys of the employees seen in the current shift
 * @param stations station key to when it was last heard from
 * @param moves dishes waiting to be matched as moved
 */
public record VenueSnapshot(Long shiftNum, Set<String> employees, Map<String, LocalDateTime> stations,
        List<PendingMove> moves) {

    /** A restaurant Kopilka has not heard from. */
    public static final VenueSnapshot EMPTY = new VenueSnapshot(null, Set.of(), Map.of(), List.of());

    public VenueSnapshot {
        employees = Set.copyOf(employees);
        stations = Map.copyOf(stations);
        moves = List.copyOf(moves);
    }

    VenueSnapshot withMoves(List<PendingMove> pending) {
        return new VenueSnapshot(shiftNum, employees, stations, pending);
    }
}
