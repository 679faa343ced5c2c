package io.kopilka.mechanic.tiers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import io.kopilka.api.mechanic.TierStatus;
import org.junit.jupiter.api.Test;

class TierMessagesTest {

    private static final BigDecimal FIVE = new BigDecimal("5");
    private static final TierStatus GOLD = new TierStatus("Gold", FIVE, null, "VIP", 432_100);

    @Test
    void levelDiscountAndTheWayToTheNextLevel() {
        TierOutcome outcome = new TierOutcome(GOLD, "VIP", 432_100, FIVE, 12_345);
        assertEquals("Gold 5%: \u2212123.45; 4,321.00 to VIP", TierMessages.cashier(outcome));
        assertEquals("Gold 5%: -123.45; 4,321.00 to VIP", TierMessages.slip(outcome));
    }

    @Test
    void theTopLevelHasNothingToReach() {
        TierStatus vip = new TierStatus("VIP", new BigDecimal("10.00"), new BigDecimal("7"), null, 0);
        TierOutcome outcome = new TierOutcome(vip, null, 0, new BigDecimal("10.00"), 100_000);
        assertEquals("VIP 10%: \u22121,000.00", TierMessages.cashier(outcome));
    }

    @Test
    void aProgressiveDiscountThatWonIsNamed() {
        TierOutcome outcome = new TierOutcome(GOLD, "VIP", 3_800_000, new BigDecimal("7.5"), 42_000);
        assertEquals("Gold 5%, receipt sum 7.5%: -420.00; 38,000.00 to VIP", TierMessages.slip(outcome));
    }

    @Test
    void withoutALevelTheWayToTheFirstOneIsShown() {
        TierOutcome outcome = new TierOutcome(null, "Silver", 10_000, BigDecimal.ZERO, 0);
        assertEquals("No level; 100.00 to Silver", TierMessages.cashier(outcome));
    }

    @Test
    void aLevelWithoutDiscountOnThisReceiptShowsNoAmount() {
        TierOutcome outcome = new TierOutcome(GOLD, "VIP", 432_100, FIVE, 0);
        assertEquals("Gold 5%; 4,321.00 to VIP", TierMessages.cashier(outcome));
    }

    @Test
    void moneyIsWrittenAsFormatWouldWriteIt() {
        for (long minor : new long[] {0, 5, -5, 99, 100, -100, 99_999, 100_000, -123_456_789, Long.MAX_VALUE,
            Long.MIN_VALUE}) {
            assertEquals(String.format(java.util.Locale.ROOT, "%,.2f", java.math.BigDecimal.valueOf(minor, 2)),
                    TierMessages.money(minor));
        }
    }
}
