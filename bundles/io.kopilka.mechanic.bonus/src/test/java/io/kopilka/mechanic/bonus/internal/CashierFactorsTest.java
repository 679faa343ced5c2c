package io.kopilka.mechanic.bonus.internal;

import static io.kopilka.mechanic.bonus.internal.TestParameters.dec;
import static io.kopilka.mechanic.bonus.internal.TestParameters.list;
import static io.kopilka.mechanic.bonus.internal.TestParameters.params;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CashierFactorsTest {

    private final CashierFactors rules = CashierFactors.from(params("cashierRules", list(
            params("cashier", "Anna", "factor", dec("1.5")),
            params("cashier", "trainee", "factor", dec("0")),
            params("cashier", "Anna", "factor", dec("9")))));

    @Test
    void cashierWithARuleGetsItsFactorFirstRuleWinning() {
        assertEquals(dec("1.5"), rules.factor("Anna"));
        assertEquals(dec("0"), rules.factor("trainee"));
    }

    @Test
    void othersAndUnknownAreOne() {
        assertEquals(BigDecimal.ONE, rules.factor("Boris"));
        assertEquals(BigDecimal.ONE, rules.factor("anna"));
        assertEquals(BigDecimal.ONE, rules.factor(null));
    }
}
