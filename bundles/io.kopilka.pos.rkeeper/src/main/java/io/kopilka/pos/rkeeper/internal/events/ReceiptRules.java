package io.kopilka.pos.rkeeper.internal.events;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Derives pre-check and receipt events from an order's flags between notifications: {@code billExists} false→true
 * is a printed pre-check, true→false on an unpaid order a cancelled one; unpaid→paid (or a Situation 5) a closed
 * receipt, paid→unpaid a deleted one; payments disappearing from an order that stays unpaid an annulled one.
 */
final class ReceiptRules {

    /** The order's receipt state after a notification. */
    record State(boolean paid, boolean billExists, List<PaymentLine> payments) {
    }

    private ReceiptRules() {
    }

    static State apply(EventFactory events, OrderSnapshot before, boolean closing, List<PosEvent> out) {
        OrderInfo order = events.notification().order();
        boolean paid = closing || (order.paid() != null ? order.paid() : before.paid());
        boolean bill = order.billExists() != null ? order.billExists() : before.billExists();
        List<PaymentLine> payments = order.linesIncluded() ? order.payments() : before.payments();
        if (!before.billExists() && bill) {
            out.add(whole(events, PosEventKind.PRECHECK_PRINTED, order).build());
        } else if (before.billExists() && !bill && !paid) {
            out.add(whole(events, PosEventKind.PRECHECK_CANCELLED, order).build());
        }
        if (!before.paid() && paid) {
            out.add(whole(events, PosEventKind.RECEIPT_CLOSED, order).detail(describe(payments)).build());
        } else if (before.paid() && !paid) {
            out.add(whole(events, PosEventKind.RECEIPT_DELETED, order).derived("a paid order became unpaid").build());
        } else if (!paid && !before.payments().isEmpty() && payments.isEmpty()) {
            out.add(events.occurrence(PosEventKind.RECEIPT_ANNULLED, "")
                    .lines(before.payments().stream().map(EventLine::of).toList())
                    .derived("payments were taken off the unpaid order").build());
        }
        return new State(paid, bill, payments);
    }

    /** An event about the whole order: its lines that still count, and its total. */
    private static EventFactory.Draft whole(EventFactory events, PosEventKind kind, OrderInfo order) {
        List<EventLine> lines = order.dishes().stream().filter(d -> d.effectiveMilli() > 0)
                .map(d -> EventLine.of(d, d.effectiveMilli())).toList();
        return events.occurrence(kind, "").lines(lines).amount(order.totalKopecks());
    }

    private static String describe(List<PaymentLine> payments) {
        return payments.stream().map(p -> p.name() + " " + p.sumKopecks())
                .collect(Collectors.joining(", ", payments.isEmpty() ? "" : "payments: ", ""));
    }
}
