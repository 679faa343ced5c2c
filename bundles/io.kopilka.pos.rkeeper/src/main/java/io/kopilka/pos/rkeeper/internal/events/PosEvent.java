package io.kopilka.pos.rkeeper.internal.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A POS event raised from r_keeper. Amounts are kopecks; quantities thousandths of a portion.
 *
 * @param kind what happened
 * @param restCode the restaurant's r_keeper code (the venue code)
 * @param station the station, or {@code null} when unknown
 * @param employee the employee involved (the order's waiter unless the kind says otherwise), or {@code null}
 * @param order the order or receipt, or {@code null} for station and connection events
 * @param lines the dishes, discounts or payments involved
 * @param amountKopecks the amount involved: the lines' sum, a receipt's total, or 0
 * @param venueTime when it happened in the venue's local time (the notification's {@code DateTime}), or
 *     {@code null} for events Kopilka derives from its own clock
 * @param receivedAt when Kopilka received the notification (or detected the event)
 * @param dedupeKey a stable key: the same fact delivered twice gives the same key (EVENTS.md, "Dedupe keys")
 * @param situation the notification's raw {@code Situation}, -1 if none
 * @param notificationName the notification's raw {@code name}, or {@code null}
 * @param derived whether Kopilka inferred the event rather than read it from a notification's type
 * @param detail a short human-readable note (why it was derived, which order a dish moved from, ...)
 */
public record PosEvent(PosEventKind kind, String restCode, Ref station, Ref employee, OrderRef order,
        List<EventLine> lines, long amountKopecks, LocalDateTime venueTime, Instant receivedAt, String dedupeKey,
        int situation, String notificationName, boolean derived, String detail) {

    public PosEvent {
        lines = List.copyOf(lines);
    }

    /**
     * The event's facts as text, for {@code io.kopilka.api.pos.PosEvent#details}: only those known, in a stable
     * order; lines read {@code Борщ ×1 = 298.00}.
     */
    public Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        put(details, "restCode", restCode);
        if (station != null) {
            put(details, "station", station.key());
            put(details, "stationName", station.name());
        }
        if (employee != null) {
            put(details, "employeeCode", employee.code());
            put(details, "employeeName", employee.name());
        }
        if (order != null) {
            put(details, "order", order.key());
            put(details, "visit", order.visit());
            put(details, "orderIdent", order.orderIdent());
            put(details, "table", order.table() == null ? null : order.table().key());
        }
        if (!lines.isEmpty()) {
            details.put("lines", lines.stream().map(PosEvent::describe).collect(Collectors.joining("; ")));
        }
        put(details, "venueTime", venueTime == null ? null : venueTime.toString());
        details.put("situation", Integer.toString(situation));
        put(details, "notificationName", notificationName);
        details.put("derived", Boolean.toString(derived));
        put(details, "detail", detail == null || detail.isEmpty() ? null : detail);
        return details;
    }

    private static void put(Map<String, String> details, String key, String value) {
        if (value != null) {
            details.put(key, value);
        }
    }

    private static String describe(EventLine line) {
        String amount = BigDecimal.valueOf(line.amountKopecks(), 2).toPlainString();
        if (line.quantityMilli() == 0) {
            return line.name() + " = " + amount;
        }
        String quantity = BigDecimal.valueOf(line.quantityMilli(), 3).stripTrailingZeros().toPlainString();
        return line.name() + " ×" + quantity + " = " + amount;
    }
}
