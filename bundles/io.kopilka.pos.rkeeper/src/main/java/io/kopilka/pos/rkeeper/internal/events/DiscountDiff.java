package io.kopilka.pos.rkeeper.internal.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives discount events by comparing an order's discount lines (by {@code uni}) with the previous ones. A line
 * naming a card or an interface is a loyalty system's (S7: an interface marks the operations it took part in).
 * Keys are facts (order, line, added/removed), so each line is reported once however often it is re-sent.
 */
final class DiscountDiff {

    private DiscountDiff() {
    }

    static Map<String, DiscountLine> apply(EventFactory events, OrderSnapshot before, List<PosEvent> out) {
        OrderInfo order = events.notification().order();
        if (!order.linesIncluded()) {
            return before.discounts();
        }
        Map<String, DiscountLine> now = new LinkedHashMap<>();
        order.discounts().forEach(discount -> now.put(discount.uni(), discount));
        now.forEach((uni, discount) -> {
            if (!before.discounts().containsKey(uni)) {
                PosEventKind kind = discount.loyalty() ? PosEventKind.LOYALTY_DISCOUNT_ADDED
                        : PosEventKind.DISCOUNT_ADDED;
                out.add(event(events, kind, order, discount, "added"));
            }
        });
        before.discounts().forEach((uni, discount) -> {
            if (!now.containsKey(uni)) {
                PosEventKind kind = discount.loyalty() ? PosEventKind.LOYALTY_DISCOUNT_REMOVED
                        : PosEventKind.DISCOUNT_REMOVED;
                out.add(event(events, kind, order, discount, "removed"));
            }
        });
        return now;
    }

    private static PosEvent event(EventFactory events, PosEventKind kind, OrderInfo order, DiscountLine discount,
            String what) {
        String detail = discount.cardCode() == null ? "" : "card " + discount.cardCode();
        return events.fact(kind, order.key() + "|" + discount.uni() + "|" + what)
                .lines(List.of(EventLine.of(discount))).detail(detail).build();
    }
}
