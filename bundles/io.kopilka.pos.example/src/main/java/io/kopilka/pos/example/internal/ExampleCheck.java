package io.kopilka.pos.example.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * The example vendor's own check format, as its till sends it. A real plugin models its POS's wire format here (XML,
 * JSON, fixed-width): keep it apart from Kopilka's types, and translate in one place ({@link CheckTranslator}).
 *
 * @param checkId the till's id of the check
 * @param card what the cashier scanned or typed: a card number, a phone, a QR token; {@code null} for none
 * @param payWithPoints points the guest wants to pay with, in currency units
 */
public record ExampleCheck(String checkId, String cashier, String card, List<Item> items, BigDecimal payWithPoints) {

    /** One item of the check; {@code sum} is in currency units. */
    public record Item(String code, String name, String group, BigDecimal qty, BigDecimal sum) {
    }
}
