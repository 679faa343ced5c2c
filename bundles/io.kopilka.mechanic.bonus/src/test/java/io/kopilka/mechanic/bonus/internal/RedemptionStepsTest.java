package io.kopilka.mechanic.bonus.internal;

import static io.kopilka.mechanic.bonus.internal.TestParameters.dec;
import static io.kopilka.mechanic.bonus.internal.TestParameters.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RedemptionStepsTest {

    @Test
    void minimum150Multiple50InMinorUnits() {
        RedemptionSteps steps = RedemptionSteps.from(params("minRedemption", dec("150"),
                "redemptionMultiple", dec("50.00")));
        assertTrue(steps.isSet());
        assertEquals(15_000, steps.minimum());
        assertEquals(5_000, steps.multiple());
    }

    @Test
    void eitherAloneIsEnough() {
        assertEquals(new RedemptionSteps(15_000, 1), RedemptionSteps.from(params("minRedemption", dec("150"))));
        assertEquals(new RedemptionSteps(0, 5_000), RedemptionSteps.from(params("redemptionMultiple", dec("50"))));
    }

    @Test
    void unsetIsNotReported() {
        assertFalse(RedemptionSteps.from(params()).isSet());
    }
}
