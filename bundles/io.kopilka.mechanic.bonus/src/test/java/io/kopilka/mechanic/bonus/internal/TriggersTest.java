package io.kopilka.mechanic.bonus.internal;

import static io.kopilka.mechanic.bonus.internal.TestParameters.dec;
import static io.kopilka.mechanic.bonus.internal.TestParameters.params;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TriggersTest {

    @Test
    void everyThirdPurchaseEarnsItsPoints() {
        Triggers triggers = Triggers.from(params("everyNth", 3L, "everyNthPoints", dec("100")));
        assertEquals(0, triggers.nthPoints(0));
        assertEquals(0, triggers.nthPoints(1));
        assertEquals(10_000, triggers.nthPoints(2));
        assertEquals(0, triggers.nthPoints(3));
        assertEquals(10_000, triggers.nthPoints(5));
    }

    @Test
    void receiptOverThresholdEarnsItsPointsFromTheThresholdOn() {
        Triggers triggers = Triggers.from(params("receiptOver", dec("5000"), "receiptOverPoints", dec("200.50")));
        assertEquals(0, triggers.overPoints(499_999));
        assertEquals(20_050, triggers.overPoints(500_000));
        assertEquals(20_050, triggers.overPoints(900_000));
    }

    @Test
    void unsetTriggersGiveNothing() {
        Triggers none = Triggers.from(params());
        assertEquals(0, none.nthPoints(2));
        assertEquals(0, none.overPoints(1_000_000));
        assertEquals(0, Triggers.from(params("receiptOverPoints", dec("10"))).overPoints(1_000_000));
    }
}
