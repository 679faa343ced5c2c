package io.kopilka.mechanic.tiers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProgressiveScaleTest {

    private final ProgressiveScale scale = new ProgressiveScale(List.of(
            new ProgressiveScale.Step(500_000, new BigDecimal("10")),
            new ProgressiveScale.Step(100_000, new BigDecimal("5"))));

    @Test
    void belowTheFirstStepThereIsNoProgressiveDiscount() {
        assertEquals(BigDecimal.ZERO, scale.percentFor(99_999));
    }

    @Test
    void theHighestStepReachedApplies() {
        assertEquals(new BigDecimal("5"), scale.percentFor(100_000));
        assertEquals(new BigDecimal("5"), scale.percentFor(499_999));
        assertEquals(new BigDecimal("10"), scale.percentFor(500_000));
    }

    @Test
    void noScaleGivesNothing() {
        assertEquals(BigDecimal.ZERO, ProgressiveScale.NONE.percentFor(10_000_000));
    }
}
