package io.kopilka.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void convertsExactly() {
        assertEquals(12345, Amounts.toMinorPositive(new BigDecimal("123.45"), "amount"));
        assertEquals(100, Amounts.toMinorPositive(new BigDecimal("1.000"), "amount"));
        assertEquals(-50, Amounts.toMinor(new BigDecimal("-0.5"), "amount"));
        assertEquals(new BigDecimal("0.10"), Amounts.toDecimal(10));
    }

    @Test
    void rejectsThreeDecimalsNegativeZeroAndHuge() {
        assertEquals("amount", assertThrows(InvalidInputException.class,
                () -> Amounts.toMinorPositive(new BigDecimal("1.005"), "amount")).field());
        assertThrows(InvalidInputException.class, () -> Amounts.toMinorPositive(new BigDecimal("-1"), "amount"));
        assertThrows(InvalidInputException.class, () -> Amounts.toMinorPositive(BigDecimal.ZERO, "amount"));
        assertThrows(InvalidInputException.class, () -> Amounts.toMinor(new BigDecimal("1e20"), "amount"));
        assertThrows(InvalidInputException.class, () -> Amounts.toMinor(null, "amount"));
    }
}
