package io.kopilka.pos.rkeeper.internal.events;

/**
 * The order (and so the receipt) an event is about. r_keeper's readable notification shapes carry no separate
 * receipt number; a receipt is identified by its order.
 *
 * @param key what Kopilka keys the order by: the GUID, else {@code visit/orderIdent}
 * @param guid the order's GUID, or {@code null}
 * @param visit the visit number, or {@code null}
 * @param orderIdent the order's number within the visit, or {@code null}
 * @param table the table, or {@code null}
 */
public record OrderRef(String key, String guid, String visit, String orderIdent, Ref table) {

    static OrderRef of(OrderInfo order) {
        return new OrderRef(order.key(), order.guid(), order.visit(), order.orderIdent(), order.table());
    }
}
