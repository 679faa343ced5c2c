package io.kopilka.api.pos;

import java.time.Instant;
import java.util.Map;

/**
 * Something that happened at a till, for owner alerts and reports.
 *
 * @param kind what happened, as a constant name ({@code RECEIPT_CLOSED}, {@code DISH_REMOVED_SAVED}, ...); the event
 *        goes out on EventAdmin topic {@code io/kopilka/pos/<kind>}
 * @param dedupeKey the same for the same happening however often the POS reports it
 * @param amount minor units involved (a receipt's sum, a removed dish's sum), 0 if none
 * @param details further facts as text (dishes, table, guests), for messages and reports
 */
public record PosEvent(String vendor, long organizationId, long venueId, Long terminalId, String kind,
        String dedupeKey, Instant at, String employee, String orderId, String receiptId, long amount,
        Map<String, String> details) {

    public PosEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
