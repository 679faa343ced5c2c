package io.kopilka.mechanic.tiers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import io.kopilka.api.mechanic.TierStatus;
import org.junit.jupiter.api.Test;

class LadderTest {

    private static final Level STANDARD = new Level("Standard", 0, new BigDecimal("3"), null);
    private static final Level GOLD = new Level("Gold", 1_000_000, new BigDecimal("5"), null);
    private static final Level VIP = new Level("VIP", 5_000_000, new BigDecimal("10"), new BigDecimal("7"));

    private final Ladder ladder = new Ladder(List.of(VIP, STANDARD, GOLD));

    @Test
    void spendPicksTheHighestLevelReached() {
        assertEquals("Standard", ladder.levelAt(0).orElseThrow().name());
        assertEquals("Standard", ladder.levelAt(999_999).orElseThrow().name());
        assertEquals("Gold", ladder.levelAt(1_000_000).orElseThrow().name());
        assertEquals("VIP", ladder.levelAt(6_000_000).orElseThrow().name());
    }

    @Test
    void statusTellsWhatIsLeftToTheNextLevel() {
        assertEquals(new TierStatus("Standard", new BigDecimal("3"), null, "Gold", 1_000_000), status(0));
        assertEquals(new TierStatus("Standard", new BigDecimal("3"), null, "Gold", 1), status(999_999));
        assertEquals(new TierStatus("Gold", new BigDecimal("5"), null, "VIP", 4_000_000), status(1_000_000));
    }

    @Test
    void theTopLevelHasNoNextAndNothingRemaining() {
        TierStatus top = status(6_000_000);
        assertEquals("VIP", top.name());
        assertNull(top.next());
        assertEquals(0, top.remainingToNext());
    }

    @Test
    void aLevelsBonusPercentIsShownInItsStatus() {
        assertEquals(new BigDecimal("7"), status(5_000_000).bonusPercent());
        assertNull(status(1_000_000).bonusPercent());
    }

    @Test
    void belowEveryThresholdThereIsNoLevel() {
        Ladder fromSilver = new Ladder(List.of(new Level("Silver", 100_000, new BigDecimal("2"), null), GOLD));
        assertTrue(fromSilver.levelAt(99_999).isEmpty());
        assertTrue(fromSilver.status(99_999).isEmpty());
        assertEquals("Silver", fromSilver.nextAbove(99_999).orElseThrow().name());
        assertEquals("Silver", fromSilver.levelAt(100_000).orElseThrow().name());
    }

    @Test
    void ofLevelsWithEqualThresholdsTheLastListedIsReached() {
        Ladder tie = new Ladder(List.of(STANDARD, new Level("Gold A", 1_000_000, BigDecimal.ONE, null),
                new Level("Gold B", 1_000_000, BigDecimal.TEN, null)));
        assertEquals("Gold B", tie.levelAt(1_000_000).orElseThrow().name());
        assertEquals("Gold A", tie.nextAbove(0).orElseThrow().name());
    }

    private TierStatus status(long spend) {
        return ladder.status(spend).orElseThrow();
    }
}
