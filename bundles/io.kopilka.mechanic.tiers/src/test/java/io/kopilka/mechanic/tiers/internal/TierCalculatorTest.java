package io.kopilka.mechanic.tiers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import io.kopilka.api.mechanic.TierStatus;
import org.junit.jupiter.api.Test;

class TierCalculatorTest {

    private static final ZonedDateTime NOW = Instant.parse("2025-06-15T09:00:00Z").atZone(ZoneId.of("Europe/Moscow"));

    @Test
    void theLevelsPercentOfWhatIsLeftOfTheLines() {
        TierOutcome outcome = TierCalculator.decide(settings(false), 1_200_000, new ReceiptSums(300_000, 246_900));
        assertEquals(new TierStatus("Gold", new BigDecimal("5"), null, "VIP", 3_800_000), outcome.status());
        assertEquals(new BigDecimal("5"), outcome.percent());
        assertEquals(12_345, outcome.discount());
    }

    @Test
    void theDiscountIsRoundedDownToTheKopeck() {
        TierOutcome outcome = TierCalculator.decide(settings(false), 0, new ReceiptSums(33_333, 33_333));
        assertEquals(999, outcome.discount());
    }

    @Test
    void withoutTheCurrentReceiptAnUpgradeWaitsForTheNextPurchase() {
        TierOutcome outcome = crossing(false);
        assertEquals("Standard", outcome.status().name());
        assertEquals(50_000, outcome.status().remainingToNext());
        assertEquals(1_500, outcome.discount());
    }

    @Test
    void withTheCurrentReceiptTheCrossingReceiptIsUpgraded() {
        TierOutcome outcome = crossing(true);
        assertEquals("Gold", outcome.status().name());
        assertEquals("VIP", outcome.next());
        assertEquals(4_000_000, outcome.remainingToNext());
        assertEquals(2_500, outcome.discount());
    }

    @Test
    void aHigherProgressivePercentBeatsTheLevel() {
        TierSettings settings = withProgressive();
        TierOutcome big = TierCalculator.decide(settings, 1_000_000, new ReceiptSums(600_000, 600_000));
        assertEquals("Gold", big.status().name());
        assertEquals(new BigDecimal("7"), big.percent());
        assertEquals(42_000, big.discount());
    }

    @Test
    void aHigherLevelPercentBeatsTheProgressiveOne() {
        TierSettings settings = withProgressive();
        TierOutcome small = TierCalculator.decide(settings, 1_000_000, new ReceiptSums(200_000, 200_000));
        assertEquals(new BigDecimal("5"), small.percent());
        assertEquals(10_000, small.discount());
        TierOutcome vip = TierCalculator.decide(settings, 5_000_000, new ReceiptSums(600_000, 600_000));
        assertEquals(new BigDecimal("10"), vip.percent());
        assertEquals(60_000, vip.discount());
    }

    @Test
    void progressiveIsChosenByTheSumBeforeDiscountsAndTakenOfWhatIsLeft() {
        TierOutcome outcome = TierCalculator.decide(withProgressive(), 1_000_000, new ReceiptSums(500_000, 400_000));
        assertEquals(new BigDecimal("7"), outcome.percent());
        assertEquals(28_000, outcome.discount());
    }

    @Test
    void belowEveryLevelOnlyTheProgressiveDiscountApplies() {
        TierSettings settings = TierSettings.from(Programs.of(Map.of(TiersSchema.LEVELS,
                List.of(Programs.level("Silver", "1000", "2")), TiersSchema.PROGRESSIVE,
                List.of(Programs.step("500", "1")))));
        TierOutcome outcome = TierCalculator.decide(settings, 90_000, new ReceiptSums(60_000, 60_000));
        assertNull(outcome.status());
        assertEquals("Silver", outcome.next());
        assertEquals(10_000, outcome.remainingToNext());
        assertEquals(600, outcome.discount());
    }

    /** A guest with 9,500.00 spent buys for 500.00: exactly the Gold threshold. */
    private static TierOutcome crossing(boolean includeCurrentReceipt) {
        TierSettings settings = settings(includeCurrentReceipt);
        FakeGuest guest = new FakeGuest().bought(NOW.toInstant().minusSeconds(86_400), 950_000);
        ReceiptSums sums = new ReceiptSums(50_000, 50_000);
        long spend = settings.spendPolicy().spend(guest, NOW, sums.net());
        return TierCalculator.decide(settings, spend, sums);
    }

    private static TierSettings settings(boolean includeCurrentReceipt) {
        Map<String, Object> values = Programs.defaults(Programs.standardGoldVip());
        values.put(TiersSchema.INCLUDE_CURRENT_RECEIPT, includeCurrentReceipt);
        return TierSettings.from(Programs.of(values));
    }

    /** Standard/Gold/VIP with 2% from 1,000.00 and 7% from 5,000.00 of receipt sum. */
    private static TierSettings withProgressive() {
        Map<String, Object> values = Programs.defaults(Programs.standardGoldVip());
        values.put(TiersSchema.PROGRESSIVE, List.of(Programs.step("1000", "2"), Programs.step("5000.00", "7")));
        return TierSettings.from(Programs.of(values));
    }
}
