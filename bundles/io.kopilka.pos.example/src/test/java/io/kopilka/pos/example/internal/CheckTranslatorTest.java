package io.kopilka.pos.example.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.processing.Receipt;
import org.junit.jupiter.api.Test;

class CheckTranslatorTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void translatesItemsToLinesInMinorUnits() {
        ExampleCheck check = new ExampleCheck("c-1", "Anna", "1000001", List.of(
                new ExampleCheck.Item("soup", "Soup", "food", new BigDecimal("2"), new BigDecimal("600.00")),
                new ExampleCheck.Item("tea", "Tea", null, null, new BigDecimal("99.99"))), new BigDecimal("50"));
        Receipt r = CheckTranslator.toReceipt(check, NOW);
        assertEquals("c-1", r.receiptId());
        assertEquals(60_000, r.lines().get(0).amount());
        assertEquals(30_000, r.lines().get(0).price());
        assertEquals(List.of("food"), r.lines().get(0).groups());
        assertEquals(9_999, r.lines().get(1).amount());
        assertEquals(5_000, r.redemption().amount());
        assertEquals("1000001", r.identifier());
    }

    @Test
    void refusesBadValuesWithTheVendorsFieldNames() {
        assertEquals("items", assertThrows(InvalidInputException.class, () -> CheckTranslator.toReceipt(
                new ExampleCheck("c", null, null, List.of(), null), NOW)).field());
        assertEquals("items[0].sum", assertThrows(InvalidInputException.class, () -> CheckTranslator.toReceipt(
                new ExampleCheck("c", null, null, List.of(new ExampleCheck.Item("x", "X", null, null,
                        new BigDecimal("1.001"))), null), NOW)).field());
    }
}
