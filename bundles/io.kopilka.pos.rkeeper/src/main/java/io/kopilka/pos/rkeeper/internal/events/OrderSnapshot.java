package io.kopilka.pos.rkeeper.internal.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Kopilka remembers about an order between notifications, to derive what r_keeper does not announce: its dish
 * lines, the quantity of each line as of the last save, its discounts and payments, and whether it was paid and had
 * a pre-check. Keyed by line {@code uni}.
 *
 * @param dishes the dish lines last seen
 * @param savedMilli each line's quantity (voided = 0) when the order was last saved
 * @param discounts the discount lines last seen
 * @param payments the payment lines last seen
 * @param paid whether the order was paid
 * @param billExists whether it had a pre-check
 */
public record OrderSnapshot(Map<String, DishLine> dishes, Map<String, Long> savedMilli,
        Map<String, DiscountLine> discounts, List<PaymentLine> payments, boolean paid, boolean billExists) {

    public OrderSnapshot {
        dishes = ordered(dishes);
        savedMilli = ordered(savedMilli);
        discounts = ordered(discounts);
        payments = List.copyOf(payments);
    }

    /**
     * The state just before a notification about an order Kopilka has not seen: the order as it is now with the
     * change log undone. For a new order nothing is saved yet; otherwise the state before the edit is taken as
     * saved (an edit starts from the saved order). Discounts start empty so that each line is reported once (their
     * keys are facts), and the order counts as unpaid without a pre-check.
     */
    static OrderSnapshot before(OrderInfo order, List<DishChange> changes, boolean brandNew) {
        Map<String, DishLine> dishes = byUni(order.dishes());
        for (DishChange change : changes) {
            if (change.uni() == null) {
                continue;
            }
            DishLine now = dishes.get(change.uni());
            if (change.added() || change.oldMilli() == 0) {
                dishes.remove(change.uni());
            } else if (now != null) {
                dishes.put(change.uni(), now.withQuantity(change.oldMilli()));
            }
        }
        Map<String, Long> saved = new LinkedHashMap<>();
        if (!brandNew) {
            dishes.forEach((uni, dish) -> saved.put(uni, dish.effectiveMilli()));
        }
        return new OrderSnapshot(dishes, saved, Map.of(), order.payments(), false, false);
    }

    static Map<String, DishLine> byUni(List<DishLine> lines) {
        Map<String, DishLine> byUni = new LinkedHashMap<>();
        lines.forEach(line -> byUni.put(line.uni(), line));
        return byUni;
    }

    /** An unmodifiable copy that keeps the order lines were seen in, so events come out in a stable order. */
    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    long effectiveMilli(String uni) {
        DishLine dish = dishes.get(uni);
        return dish == null ? 0 : dish.effectiveMilli();
    }

    long savedMilli(String uni) {
        return savedMilli.getOrDefault(uni, 0L);
    }

    /** Every line uni that is either present or saved. */
    Set<String> unis() {
        Set<String> unis = new LinkedHashSet<>(dishes.keySet());
        unis.addAll(savedMilli.keySet());
        return unis;
    }

    /** Whether anything differs from the saved order. */
    boolean dirty() {
        return unis().stream().anyMatch(uni -> effectiveMilli(uni) != savedMilli(uni));
    }
}
