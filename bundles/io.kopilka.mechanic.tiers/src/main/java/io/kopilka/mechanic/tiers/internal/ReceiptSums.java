package io.kopilka.mechanic.tiers.internal;

import java.util.List;

import io.kopilka.api.mechanic.LineView;

/**
 * The sums of a program's lines on a receipt, in minor units.
 *
 * @param amount before any discount: what the progressive scale is chosen by
 * @param net after the discounts given so far: what this program's discount is a percent of
 */
record ReceiptSums(long amount, long net) {

    static ReceiptSums of(List<LineView> lines) {
        long amount = 0;
        long net = 0;
        for (LineView line : lines) {
            amount = Math.addExact(amount, line.amount());
            net = Math.addExact(net, line.net());
        }
        return new ReceiptSums(amount, net);
    }
}
