package io.kopilka.api.mechanic;

import java.math.BigDecimal;
import java.util.List;

/**
 * A receipt line as a program sees it during evaluation.
 *
 * @param amount minor units before any discount
 * @param discount minor units of discount given to it so far, by all programs
 */
public record LineView(String lineId, String sku, String name, List<String> groups, BigDecimal quantity, long price,
        long amount, long discount) {

    /** What is left to pay for the line after the discounts so far. */
    public long net() {
        return amount - discount;
    }

    public boolean inGroup(String group) {
        return groups.contains(group);
    }
}
