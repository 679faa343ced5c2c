package io.kopilka.mechanic.bonus.internal;

import static io.kopilka.mechanic.bonus.internal.TestParameters.dec;
import static io.kopilka.mechanic.bonus.internal.TestParameters.params;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class AccrualDescriptionTest {

    private final BonusRules rules = BonusRules.from(params("pointsPerStep", dec("50"), "step", dec("1000"),
            "everyNth", 3L, "receiptOver", dec("5000")));

    @Test
    void percentOfTheBase() {
        Accrual accrual = new Accrual(5_000, 100_000, List.of(dec("5")), 0, BigDecimal.ONE, false, 0, 0);
        assertEquals("5% of 1,000.00", AccrualDescription.of(accrual, rules));
    }

    @Test
    void everyPart() {
        Accrual accrual = new Accrual(99_999, 600_000, List.of(dec("3"), dec("10.0")), 30_000, dec("2"), true,
                10_000, 20_000);
        assertEquals("3%/10% of 6,000.00, 50.00 per 1,000.00, x2, by payment method, 3rd purchase +100.00, "
                + "receipt from 5,000.00 +200.00", AccrualDescription.of(accrual, rules));
    }

    @Test
    void ordinals() {
        assertEquals("1st", Format.ordinal(1));
        assertEquals("2nd", Format.ordinal(2));
        assertEquals("11th", Format.ordinal(11));
        assertEquals("12th", Format.ordinal(12));
        assertEquals("22nd", Format.ordinal(22));
        assertEquals("113th", Format.ordinal(113));
    }

    @Test
    void money() {
        assertEquals("0.05", Format.money(5));
        assertEquals("1,234,567.89", Format.money(123_456_789));
        for (long minor : new long[] {0, 7, -7, 99, 100, -100, 99_999, 100_000, -123_456_789, 1_000_000_000_000_00L,
            Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertEquals(new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(
                    java.util.Locale.ROOT)).format(java.math.BigDecimal.valueOf(minor, 2)), Format.money(minor));
        }
    }
}
