package io.kopilka.core.internal.processing;

import java.util.ArrayList;
import java.util.List;

import io.kopilka.api.mechanic.LineView;
import io.kopilka.api.processing.Calculation.AppliedDiscount;
import io.kopilka.api.processing.ReceiptLine;

/** One receipt line during evaluation: the discounts programs gave it, and the points paid on it. */
final class LineState {

    final ReceiptLine line;
    final List<AppliedDiscount> discounts = new ArrayList<>();
    long discount;
    long redemption;

    LineState(ReceiptLine line) {
        this.line = line;
    }

    long net() {
        return line.amount() - discount;
    }

    LineView view() {
        return new LineView(line.lineId(), line.sku(), line.name(), line.groups(), line.quantity(), line.price(),
                line.amount(), discount);
    }
}
