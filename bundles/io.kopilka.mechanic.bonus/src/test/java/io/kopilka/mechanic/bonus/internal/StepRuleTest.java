package io.kopilka.mechanic.bonus.internal;

import static io.kopilka.mechanic.bonus.internal.TestParameters.dec;
import static io.kopilka.mechanic.bonus.internal.TestParameters.params;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StepRuleTest {

    private final StepRule fiftyPerThousand = StepRule.from(params("pointsPerStep", dec("50"), "step", dec("1000")));

    @Test
    void fiftyPointsPerFullThousand() {
        assertEquals(0, fiftyPerThousand.points(99_999));
        assertEquals(5_000, fiftyPerThousand.points(100_000));
        assertEquals(10_000, fiftyPerThousand.points(299_999));
        assertEquals(15_000, fiftyPerThousand.points(300_000));
    }

    @Test
    void fractionalPointsPerStep() {
        StepRule rule = StepRule.from(params("pointsPerStep", dec("0.25"), "step", dec("10.50")));
        assertEquals(75, rule.points(3_200));
    }

    @Test
    void withoutStepOrPointsNothing() {
        assertEquals(0, StepRule.from(params("pointsPerStep", dec("50"))).points(1_000_000));
        assertEquals(0, StepRule.from(params("step", dec("1000"))).points(1_000_000));
        assertEquals(0, fiftyPerThousand.points(0));
    }
}
