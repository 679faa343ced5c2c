package io.kopilka.pos.rkeeper.internal.events;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order events of one notification: the order's own lifecycle event (new, opened, changed, saved,
 * recalculated), then dish, discount, pre-check and receipt events derived by comparison with the previous snapshot.
 */
final class OrderRules {

    /** Kinds that are raised as they are when a notification names them. */
    private static final Set<PosEventKind> LIFECYCLE = EnumSet.of(PosEventKind.ORDER_OPENED,
            PosEventKind.ORDER_CHANGED, PosEventKind.ORDER_SAVED, PosEventKind.ORDER_RECALCULATED);

    /** Kinds this class handles; any other kind a notification names is raised by the mapper itself. */
    static final Set<PosEventKind> HANDLED = EnumSet.of(PosEventKind.NEW_ORDER, PosEventKind.ORDER_OPENED,
            PosEventKind.ORDER_CHANGED, PosEventKind.ORDER_SAVED, PosEventKind.ORDER_RECALCULATED,
            PosEventKind.ORDER_QUIT_WITHOUT_SAVING, PosEventKind.RECEIPT_CLOSED);

    private OrderRules() {
    }

    /**
     * Applies a notification that carries an order.
     *
     * @param primary what the notification's type says, or {@code null}
     * @param previous the order's snapshot, or {@code null} if Kopilka has not seen the order
     */
    static OrderSnapshot apply(EventFactory events, PosEventKind primary, OrderSnapshot previous, MoveBook moves,
            List<PosEvent> out) {
        Notification n = events.notification();
        OrderInfo order = n.order();
        boolean brandNew = primary == PosEventKind.NEW_ORDER;
        OrderSnapshot before = previous != null ? previous : OrderSnapshot.before(order, n.changes(), brandNew);
        if (brandNew || previous == null) {
            EventFactory.Draft draft = events.fact(PosEventKind.NEW_ORDER, "order|" + order.key());
            out.add((brandNew ? draft : draft.derived("first notification about this order")).build());
        }
        if (LIFECYCLE.contains(primary)) {
            out.add(events.occurrence(primary, "").amount(order.totalKopecks()).build());
        }
        OrderMode mode = OrderMode.of(primary);
        DishDiff.State dishes = new DishDiff(events, before, moves).run(mode, out);
        Map<String, DiscountLine> discounts = DiscountDiff.apply(events, before, out);
        ReceiptRules.State receipt = ReceiptRules.apply(events, before, mode == OrderMode.CLOSE, out);
        return new OrderSnapshot(dishes.dishes(), dishes.saved(), discounts, receipt.payments(), receipt.paid(),
                receipt.billExists());
    }
}
