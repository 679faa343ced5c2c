package io.kopilka.pos.rkeeper.internal.events;

import java.util.List;

/**
 * The order a notification carries ({@code <Order>}, third-party shape T; {@code guid}, discounts, payments and the
 * pre-check flag are assumed names, INF). Flags are {@code null} when the notification does not say.
 *
 * @param guid the order's GUID (the XML interface identifies orders by it, S13), or {@code null}
 * @param visit the visit number
 * @param orderIdent the order's number within the visit
 * @param table the table, or {@code null}
 * @param waiter the order's waiter, or {@code null}
 * @param station the station the order was edited at, if the order names one, or {@code null}
 * @param orderSumKopecks the order total in kopecks ({@code orderSum}; 0 if absent)
 * @param paid whether the order is paid ({@code paid})
 * @param finished whether the order is finished ({@code finished})
 * @param billExists whether a pre-check is printed ({@code billExists}, after TOrder.BillExists, S12)
 * @param dishes the dish lines of every session, in document order
 * @param discounts the discount lines
 * @param payments the payment and prepayment lines
 * @param linesIncluded whether the order element lists its lines (has a {@code <Session>} or a {@code <Dish>});
 *     when it does not, an empty list means "not sent", not "none"
 */
public record OrderInfo(String guid, String visit, String orderIdent, Ref table, Ref waiter, Ref station,
        long orderSumKopecks, Boolean paid, Boolean finished, Boolean billExists, List<DishLine> dishes,
        List<DiscountLine> discounts, List<PaymentLine> payments, boolean linesIncluded) {

    public OrderInfo {
        dishes = List.copyOf(dishes);
        discounts = List.copyOf(discounts);
        payments = List.copyOf(payments);
    }

    /** What identifies the order within its restaurant: the GUID, else {@code visit/orderIdent}. */
    public String key() {
        return guid != null ? guid : visit + "/" + orderIdent;
    }

    /** The order total: {@code orderSum} if sent, else the sum of the lines that still count. */
    public long totalKopecks() {
        if (orderSumKopecks != 0) {
            return orderSumKopecks;
        }
        return dishes.stream().mapToLong(d -> d.amountOf(d.effectiveMilli())).sum();
    }
}
