package io.kopilka.mechanic.bonus.internal;

import static io.kopilka.mechanic.bonus.internal.TestParameters.dec;
import static io.kopilka.mechanic.bonus.internal.TestParameters.list;
import static io.kopilka.mechanic.bonus.internal.TestParameters.params;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class RateRulesTest {

    private final RateRules progressive = RateRules.from(params("percent", dec("1"), "progressive", list(
            params("from", dec("0"), "percent", dec("5")),
            params("from", dec("1000.00"), "percent", dec("10")))));

    @Test
    void fixedPercentWithoutOtherRules() {
        RateRules rates = RateRules.from(params("percent", dec("5")));
        assertEquals(dec("5"), rates.basePercent(100_000, null));
        assertEquals(dec("5"), rates.linePercent(List.of("goods"), dec("5")));
    }

    @Test
    void missingPercentIsZero() {
        assertEquals(BigDecimal.ZERO, RateRules.from(params()).basePercent(100_000, null));
    }

    @Test
    void progressiveTakesTheHighestThresholdNotAboveTheBase() {
        assertEquals(dec("5"), progressive.basePercent(99_999, null));
        assertEquals(dec("10"), progressive.basePercent(100_000, null));
        assertEquals(dec("10"), progressive.basePercent(5_000_000, null));
    }

    @Test
    void progressiveBelowEveryThresholdFallsBackToPercent() {
        RateRules rates = RateRules.from(params("percent", dec("2"), "progressive", list(
                params("from", dec("500"), "percent", dec("7")))));
        assertEquals(dec("2"), rates.basePercent(49_999, null));
        assertEquals(dec("7"), rates.basePercent(50_000, null));
    }

    @Test
    void thresholdsMayComeInAnyOrder() {
        RateRules rates = RateRules.from(params("progressive", list(
                params("from", dec("1000"), "percent", dec("10")),
                params("from", dec("0"), "percent", dec("5")))));
        assertEquals(dec("5"), rates.basePercent(99_999, null));
        assertEquals(dec("10"), rates.basePercent(100_000, null));
    }

    @Test
    void tierBonusPercentReplacesPercentAndProgressive() {
        assertEquals(dec("7"), progressive.basePercent(100_000, dec("7")));
        assertEquals(dec("7"), RateRules.from(params("percent", dec("5"))).basePercent(100_000, dec("7")));
    }

    @Test
    void groupRateWinsForItsLinesFirstMatchingFirst() {
        RateRules rates = RateRules.from(params("percent", dec("1"), "groupRates", list(
                params("group", "services", "percent", dec("10")),
                params("group", "goods", "percent", dec("3")))));
        assertEquals(dec("10"), rates.linePercent(List.of("services"), dec("1")));
        assertEquals(dec("3"), rates.linePercent(List.of("goods"), dec("1")));
        assertEquals(dec("10"), rates.linePercent(List.of("goods", "services"), dec("1")));
        assertEquals(dec("1"), rates.linePercent(List.of("bar"), dec("1")));
        assertEquals(dec("7"), rates.linePercent(List.of(), dec("7")));
    }
}
