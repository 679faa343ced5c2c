package io.kopilka.mechanic.tiers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.kopilka.api.mechanic.LineView;
import io.kopilka.api.mechanic.ParameterSpec;
import io.kopilka.api.mechanic.ParameterType;
import io.kopilka.api.mechanic.Phase;
import io.kopilka.api.mechanic.ProgramInstance;
import io.kopilka.api.mechanic.TierStatus;
import org.junit.jupiter.api.Test;

class TiersMechanicTest {

    private static final Instant NOW = Instant.parse("2025-06-15T09:00:00Z");

    private final TiersMechanic mechanic = new TiersMechanic();

    /** Lines of 2,000.00 (200.00 discounted already) and 469.00: 2,269.00 left of them. */
    private final List<LineView> lines = List.of(RecordingEvaluation.line("1", 200_000, 20_000),
            RecordingEvaluation.line("2", 46_900, 0));

    @Test
    void aGoldGuestGetsTheLevelItsDiscountAndAMessage() {
        FakeGuest guest = new FakeGuest().bought(NOW.minus(Duration.ofDays(30)), 1_200_000);
        RecordingEvaluation evaluation = new RecordingEvaluation(NOW, guest, lines);
        mechanic.apply(Phase.DISCOUNT, program("ALL_TIME"), evaluation);
        assertEquals(List.of(new TierStatus("Gold", new BigDecimal("5"), null, "VIP", 3_800_000)), evaluation.tiers);
        assertEquals(List.of(11_345L), evaluation.proportionalDiscounts);
        assertEquals(List.of("Gold 5%: \u2212113.45; 38,000.00 to VIP"), evaluation.cashierTexts);
        assertEquals(List.of("Gold 5%: -113.45; 38,000.00 to VIP"), evaluation.slipTexts);
    }

    @Test
    void aVipGuestSeesTheLevelsBonusPercent() {
        FakeGuest guest = new FakeGuest().bought(NOW.minus(Duration.ofDays(30)), 6_000_000);
        RecordingEvaluation evaluation = new RecordingEvaluation(NOW, guest, lines);
        mechanic.apply(Phase.DISCOUNT, program("ALL_TIME"), evaluation);
        assertEquals(List.of(new TierStatus("VIP", new BigDecimal("10"), new BigDecimal("7"), null, 0)),
                evaluation.tiers);
        assertEquals(List.of(22_690L), evaluation.proportionalDiscounts);
    }

    @Test
    void aGuestWhoStoppedBuyingFallsBackOnAWindowButNotOnAllTime() {
        FakeGuest guest = new FakeGuest().bought(NOW.minus(Duration.ofDays(400)), 6_000_000);
        RecordingEvaluation window = new RecordingEvaluation(NOW, guest, lines);
        mechanic.apply(Phase.DISCOUNT, program("WINDOW"), window);
        assertEquals("Standard", window.tiers.get(0).name());
        assertEquals(1_000_000, window.tiers.get(0).remainingToNext());
        assertEquals(List.of(6_807L), window.proportionalDiscounts);

        RecordingEvaluation allTime = new RecordingEvaluation(NOW, guest, lines);
        mechanic.apply(Phase.DISCOUNT, program("ALL_TIME"), allTime);
        assertEquals("VIP", allTime.tiers.get(0).name());
    }

    @Test
    void theCurrentReceiptCanCrossTheThreshold() {
        FakeGuest guest = new FakeGuest().bought(NOW.minus(Duration.ofDays(30)), 1_000_000 - 226_900);
        Map<String, Object> values = Programs.defaults(Programs.standardGoldVip());
        values.put(TiersSchema.INCLUDE_CURRENT_RECEIPT, Boolean.TRUE);
        RecordingEvaluation included = new RecordingEvaluation(NOW, guest, lines);
        mechanic.apply(Phase.DISCOUNT, new ProgramInstance(7, 2, "Card levels", Programs.of(values)), included);
        assertEquals(List.of(new TierStatus("Gold", new BigDecimal("5"), null, "VIP", 4_000_000)), included.tiers);
        assertEquals(List.of(11_345L), included.proportionalDiscounts);

        RecordingEvaluation excluded = new RecordingEvaluation(NOW, guest, lines);
        mechanic.apply(Phase.DISCOUNT, program("ALL_TIME"), excluded);
        assertEquals(List.of(new TierStatus("Standard", new BigDecimal("3"), null, "Gold", 226_900)), excluded.tiers);
        assertEquals(List.of(6_807L), excluded.proportionalDiscounts);
    }

    @Test
    void aReceiptWithoutAGuestGetsNothing() {
        RecordingEvaluation evaluation = new RecordingEvaluation(NOW, null, lines);
        mechanic.apply(Phase.DISCOUNT, program("ALL_TIME"), evaluation);
        assertTrue(evaluation.recordedNothing());
        assertTrue(evaluation.tier().isEmpty());
    }

    @Test
    void otherPhasesAreIgnored() {
        FakeGuest guest = new FakeGuest().bought(NOW.minus(Duration.ofDays(30)), 1_200_000);
        for (Phase phase : List.of(Phase.REDEMPTION_CAP, Phase.ACCRUAL, Phase.ISSUANCE)) {
            RecordingEvaluation evaluation = new RecordingEvaluation(NOW, guest, lines);
            mechanic.apply(phase, program("ALL_TIME"), evaluation);
            assertTrue(evaluation.recordedNothing(), phase.name());
        }
    }

    @Test
    void theSchemaNamesTheParameters() {
        List<ParameterSpec> specs = mechanic.schema().parameters();
        assertEquals(List.of("levels", "basis", "windowDays", "includeCurrentReceipt", "progressive"),
                specs.stream().map(ParameterSpec::name).toList());
        ParameterSpec levels = specs.get(0);
        assertEquals(ParameterType.OBJECT_LIST, levels.type());
        assertTrue(levels.required());
        assertEquals(BigDecimal.ONE, levels.min());
        assertEquals(List.of("name", "threshold", "discountPercent", "bonusPercent"),
                levels.items().parameters().stream().map(ParameterSpec::name).toList());
        assertEquals(List.of("ALL_TIME", "WINDOW"), specs.get(1).allowed());
        assertEquals("ALL_TIME", specs.get(1).defaultValue());
        assertEquals(List.of("from", "percent"),
                specs.get(4).items().parameters().stream().map(ParameterSpec::name).toList());
    }

    private static ProgramInstance program(String basis) {
        Map<String, Object> values = Programs.defaults(Programs.standardGoldVip());
        values.put(TiersSchema.BASIS, basis);
        return new ProgramInstance(7, 1, "Card levels", Programs.of(values));
    }
}
