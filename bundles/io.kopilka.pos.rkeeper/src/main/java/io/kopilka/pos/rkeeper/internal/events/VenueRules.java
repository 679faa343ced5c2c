package io.kopilka.pos.rkeeper.internal.events;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Station and shift events. Official: Situation 1 with a {@code <Station>} is a station's program starting,
 * without one the cash server starting (S11). Derived: {@code SHIFT_CLOSED} when {@code ShiftNum} changes;
 * {@code CASH_PROGRAM_STOPPED} when a station that was heard from starts again (dated when last heard from);
 * {@code CASHIER_LOGIN} on an employee's first activity in a shift.
 */
final class VenueRules {

    private VenueRules() {
    }

    static VenueSnapshot apply(EventFactory events, PosEventKind primary, VenueSnapshot before, List<PosEvent> out) {
        Notification n = events.notification();
        Long shift = before.shiftNum();
        Set<String> employees = new HashSet<>(before.employees());
        Map<String, LocalDateTime> stations = new HashMap<>(before.stations());
        if (n.shiftNum() != null) {
            if (shift != null && !shift.equals(n.shiftNum())) {
                out.add(events.fact(PosEventKind.SHIFT_CLOSED, "shift|" + shift).withoutOrder().employee(null)
                        .derived("shift " + shift + " ended: shift " + n.shiftNum() + " began").build());
                employees.clear();
            }
            shift = n.shiftNum();
        }
        if (primary == PosEventKind.CASH_PROGRAM_STARTED) {
            started(events, stations, out);
        }
        login(events, employees, shift, out);
        if (n.station() != null && n.dateTime() != null) {
            stations.put(n.station().key(), n.dateTime());
        }
        return new VenueSnapshot(shift, employees, stations, before.moves());
    }

    private static void started(EventFactory events, Map<String, LocalDateTime> stations, List<PosEvent> out) {
        Ref station = events.notification().station();
        if (station == null) {
            out.add(events.occurrence(PosEventKind.CASH_SERVER_STARTED, "").withoutOrder().build());
            return;
        }
        LocalDateTime lastHeard = stations.get(station.key());
        if (lastHeard != null) {
            out.add(events.fact(PosEventKind.CASH_PROGRAM_STOPPED, "stopped|" + station.key() + "|" + lastHeard)
                    .withoutOrder().employee(null).venueTime(lastHeard)
                    .derived("the station started again; dated when it was last heard from").build());
        }
        out.add(events.occurrence(PosEventKind.CASH_PROGRAM_STARTED, "").withoutOrder().build());
    }

    private static void login(EventFactory events, Set<String> employees, Long shift, List<PosEvent> out) {
        OrderInfo order = events.notification().order();
        Ref employee = order == null ? null : order.waiter();
        if (employee != null && employees.add(employee.key())) {
            out.add(events.fact(PosEventKind.CASHIER_LOGIN, "login|" + shift + "|" + employee.key())
                    .employee(employee).derived("first activity of this employee in shift " + shift).build());
        }
    }
}
