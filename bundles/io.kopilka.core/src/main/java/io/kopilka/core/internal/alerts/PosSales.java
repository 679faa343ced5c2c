package io.kopilka.core.internal.alerts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One venue's sales as its POS reported them in events, fed oldest first: {@code RECEIPT_CLOSED} adds its amount to
 * the takings and the hour it closed; {@code RECEIPT_DELETED} takes its amount back, from the hour of the same order's
 * latest closing in the window (else from the hour of the deletion), and counts as a deletion like
 * {@code DISH_REMOVED_SAVED}; discounts are the sizes of discounts added less those removed (loyalty ones included).
 */
final class PosSales {

    /** The kinds a report reads. */
    static final Set<String> KINDS = Set.of("RECEIPT_CLOSED", "RECEIPT_DELETED", "DISH_REMOVED_SAVED",
            "DISCOUNT_ADDED", "DISCOUNT_REMOVED", "LOYALTY_DISCOUNT_ADDED", "LOYALTY_DISCOUNT_REMOVED");

    private final ZoneId zone;
    private final HourBuckets hours = new HourBuckets();
    private final Map<String, Deque<Integer>> closingHours = new HashMap<>();
    long takings;
    int receipts;
    int closings;
    long discounts;
    int deletions;
    long deletedAmount;

    PosSales(ZoneId zone) {
        this.zone = zone;
    }

    void add(String kind, Instant at, String orderId, long amount) {
        switch (kind) {
            case "RECEIPT_CLOSED" -> closed(at, orderId, amount);
            case "RECEIPT_DELETED" -> deleted(at, orderId, amount);
            case "DISH_REMOVED_SAVED" -> {
                deletions++;
                deletedAmount += amount;
            }
            case "DISCOUNT_ADDED", "LOYALTY_DISCOUNT_ADDED" -> discounts += Math.abs(amount);
            case "DISCOUNT_REMOVED", "LOYALTY_DISCOUNT_REMOVED" -> discounts -= Math.abs(amount);
            default -> {
            }
        }
    }

    /** Whether the POS reported closed receipts in the window: then its events, not Kopilka's receipts, count. */
    boolean reportsReceipts() {
        return closings > 0;
    }

    HourBuckets hours() {
        return hours;
    }

    private void closed(Instant at, String orderId, long amount) {
        int hour = at.atZone(zone).getHour();
        takings += amount;
        receipts++;
        closings++;
        hours.add(hour, amount, 1);
        if (orderId != null) {
            closingHours.computeIfAbsent(orderId, o -> new ArrayDeque<>()).push(hour);
        }
    }

    private void deleted(Instant at, String orderId, long amount) {
        Deque<Integer> closed = orderId == null ? null : closingHours.get(orderId);
        int hour = closed == null || closed.isEmpty() ? at.atZone(zone).getHour() : closed.pop();
        takings -= amount;
        receipts--;
        hours.add(hour, -amount, -1);
        deletions++;
        deletedAmount += amount;
    }
}
