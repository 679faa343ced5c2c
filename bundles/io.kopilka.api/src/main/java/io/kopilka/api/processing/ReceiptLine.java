package io.kopilka.api.processing;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a receipt.
 *
 * @param lineId the POS's id of the line, unique in the receipt
 * @param groups the product groups the item belongs to (a menu category, "services", "alcohol")
 * @param quantity how many (or how much: 0.350 kg)
 * @param price minor units per unit
 * @param amount minor units for the line before any Kopilka discount (what the guest would pay for it)
 */
public record ReceiptLine(String lineId, String sku, String name, List<String> groups, BigDecimal quantity,
        long price, long amount) {

    public ReceiptLine {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
