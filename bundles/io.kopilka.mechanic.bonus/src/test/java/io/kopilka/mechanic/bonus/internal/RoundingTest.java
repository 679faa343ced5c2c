package io.kopilka.mechanic.bonus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class RoundingTest {

    /** 3% of 333.33 = 9.9999 points = 999.99 hundredths. */
    private static final BigDecimal THREE_PERCENT_OF_333_33 = new BigDecimal("999.99");

    @Test
    void downKeepsHundredthsAndDropsTheRest() {
        assertEquals(999, Rounding.DOWN.round(THREE_PERCENT_OF_333_33, BigDecimal.ONE));
    }

    @Test
    void halfUpRoundsToTheNearestHundredth() {
        assertEquals(1000, Rounding.HALF_UP.round(THREE_PERCENT_OF_333_33, BigDecimal.ONE));
        assertEquals(1000, Rounding.HALF_UP.round(new BigDecimal("999.5"), BigDecimal.ONE));
        assertEquals(999, Rounding.HALF_UP.round(new BigDecimal("999.49"), BigDecimal.ONE));
    }

    @Test
    void wholeDownDropsToWholePoints() {
        assertEquals(900, Rounding.WHOLE_DOWN.round(THREE_PERCENT_OF_333_33, BigDecimal.ONE));
        assertEquals(1000, Rounding.WHOLE_DOWN.round(new BigDecimal("1000"), BigDecimal.ONE));
    }

    @Test
    void aQuotientIsRoundedExactlyOnce() {
        // 1500 * 2/3 is exactly 1000: dividing first (0.666...) would give 999 when rounded down
        assertEquals(1000, Rounding.DOWN.round(new BigDecimal("3000"), new BigDecimal("3")));
        assertEquals(333, Rounding.DOWN.round(new BigDecimal("1000"), new BigDecimal("3")));
        assertEquals(667, Rounding.HALF_UP.round(new BigDecimal("2000"), new BigDecimal("3")));
        assertEquals(600, Rounding.WHOLE_DOWN.round(new BigDecimal("2000"), new BigDecimal("3")));
    }

    @Test
    void missingNameMeansDown() {
        assertEquals(Rounding.DOWN, Rounding.of(null));
        assertEquals(Rounding.WHOLE_DOWN, Rounding.of("WHOLE_DOWN"));
    }
}
