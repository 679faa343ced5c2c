package io.kopilka.mechanic.tiers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DiscountMathTest {

    @Test
    void roundsDownToTheKopeck() {
        // 3% of 333.33 is 9.9999
        assertEquals(999, DiscountMath.percentOf(33_333, new BigDecimal("3")));
        // 5% of 0.19 is 0.0095
        assertEquals(0, DiscountMath.percentOf(19, new BigDecimal("5")));
    }

    @Test
    void exactPercentsStayExact() {
        assertEquals(250, DiscountMath.percentOf(10_000, new BigDecimal("2.5")));
        assertEquals(12_345, DiscountMath.percentOf(12_345, new BigDecimal("100")));
        assertEquals(1_234, DiscountMath.percentOf(10_000, new BigDecimal("12.345")));
    }

    @Test
    void nothingOfNothing() {
        assertEquals(0, DiscountMath.percentOf(0, new BigDecimal("10")));
        assertEquals(0, DiscountMath.percentOf(10_000, BigDecimal.ZERO));
    }

    @Test
    void largeAmountsDoNotOverflow() {
        assertEquals(1_000_000_000_000L, DiscountMath.percentOf(10_000_000_000_000L, new BigDecimal("10")));
    }
}
