package io.kopilka.mechanic.bonus.internal;

import static io.kopilka.mechanic.bonus.internal.ShareCapTest.line;
import static io.kopilka.mechanic.bonus.internal.TestParameters.dec;
import static io.kopilka.mechanic.bonus.internal.TestParameters.list;
import static io.kopilka.mechanic.bonus.internal.TestParameters.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.kopilka.api.mechanic.AccrualBase;
import io.kopilka.api.mechanic.LineView;
import io.kopilka.api.mechanic.Parameters;
import io.kopilka.api.mechanic.Phase;
import io.kopilka.api.mechanic.ProgramInstance;
import io.kopilka.api.processing.Payment;
import io.kopilka.api.processing.Receipt;
import io.kopilka.mechanic.bonus.internal.RecordingEvaluation.Accrued;
import io.kopilka.mechanic.bonus.internal.RecordingEvaluation.Cap;
import io.kopilka.mechanic.bonus.internal.RecordingEvaluation.Guest;
import io.kopilka.mechanic.bonus.internal.RecordingEvaluation.Message;
import io.kopilka.mechanic.bonus.internal.RecordingEvaluation.Steps;
import org.junit.jupiter.api.Test;

class BonusMechanicTest {

    /** Monday 10 March 2025, 14:30 in Moscow. */
    private static final Instant TIME = Instant.parse("2025-03-10T11:30:00Z");

    private static final List<LineView> LINES = List.of(line("1", 100_000, 0, "services"),
            line("2", 50_000, 10_000, "goods"));

    private final BonusMechanic mechanic = new BonusMechanic();

    private static RecordingEvaluation evaluation(Instant time, String cashier, List<Payment> payments,
            long purchases) {
        Receipt receipt = new Receipt("r-1", time, cashier, List.of(), payments, "+79161234567", null);
        return new RecordingEvaluation(receipt, Guest.withPurchases(purchases), LINES);
    }

    private static RecordingEvaluation evaluation() {
        return evaluation(TIME, "Anna", List.of(new Payment("card", 140_000)), 0);
    }

    private void run(Phase phase, Parameters parameters, RecordingEvaluation evaluation) {
        ProgramInstance program = new ProgramInstance(7, 1, "Bonus", parameters);
        evaluation.program = program;
        mechanic.apply(phase, program, evaluation);
    }

    @Test
    void accruesWithDescriptionAndMessage() {
        RecordingEvaluation evaluation = evaluation();
        run(Phase.ACCRUAL, params("percent", dec("5"), "groupRates", list(
                params("group", "services", "percent", dec("10")))), evaluation);
        assertEquals(List.of(AccrualBase.AFTER_REDEMPTION), evaluation.basesAsked);
        assertEquals(List.of(new Accrued(12_000, TIME, null, "5%/10% of 1,400.00")), evaluation.accruals);
        assertEquals(List.of(new Message("Bonus +120.00", "Bonus +120.00")), evaluation.messages);
        assertTrue(evaluation.extensions.isEmpty());
        assertTrue(evaluation.caps.isEmpty());
    }

    @Test
    void accruesOnTheConfiguredBase() {
        RecordingEvaluation evaluation = evaluation();
        run(Phase.ACCRUAL, params("percent", dec("5"), "accrualBase", "BEFORE_DISCOUNTS"), evaluation);
        assertEquals(List.of(AccrualBase.BEFORE_DISCOUNTS), evaluation.basesAsked);
        assertEquals(7_500, evaluation.accruals.get(0).points());
    }

    @Test
    void basesComeFromTheEvaluationNotFromTheLines() {
        RecordingEvaluation evaluation = evaluation();
        evaluation.bases = Map.of("1", 30_000L, "2", 10_000L);
        run(Phase.ACCRUAL, params("percent", dec("10")), evaluation);
        assertEquals(new Accrued(4_000, TIME, null, "10% of 400.00"), evaluation.accruals.get(0));
    }

    @Test
    void activationAndExpiryAfterAccrual() {
        RecordingEvaluation evaluation = evaluation();
        run(Phase.ACCRUAL, params("percent", dec("5"), "activationDays", 14L, "expiry", "AFTER_ACCRUAL",
                "expiryDays", 180L), evaluation);
        Accrued accrued = evaluation.accruals.get(0);
        assertEquals(Instant.parse("2025-03-24T11:30:00Z"), accrued.activatesAt());
        assertEquals(Instant.parse("2025-09-06T11:30:00Z"), accrued.expiresAt());
        assertEquals(new Message("Bonus +70.00", "Bonus +70.00, active from 2025-03-24"), evaluation.messages.get(0));
        assertTrue(evaluation.extensions.isEmpty());
    }

    @Test
    void expiryAfterLastPurchaseExtendsOlderPoints() {
        RecordingEvaluation evaluation = evaluation();
        run(Phase.ACCRUAL, params("percent", dec("5"), "expiry", "AFTER_LAST_PURCHASE", "expiryDays", 90L),
                evaluation);
        Instant expiry = Instant.parse("2025-06-08T11:30:00Z");
        assertEquals(expiry, evaluation.accruals.get(0).expiresAt());
        assertEquals(List.of(expiry), evaluation.extensions);
    }

    @Test
    void fixedDatesInTheVenueZone() {
        RecordingEvaluation evaluation = evaluation();
        run(Phase.ACCRUAL, params("percent", dec("5"), "expiry", "FIXED_DATES",
                "expiryDates", List.of("--01-01")), evaluation);
        assertEquals(Instant.parse("2025-12-31T21:00:00Z"), evaluation.accruals.get(0).expiresAt());
    }

    @Test
    void tierBonusPercentOverridesThePercent() {
        RecordingEvaluation evaluation = evaluation();
        evaluation.tier = RecordingEvaluation.tierWithBonus("7");
        run(Phase.ACCRUAL, params("percent", dec("5")), evaluation);
        assertEquals(9_800, evaluation.accruals.get(0).points());
    }

    @Test
    void tierWithoutBonusPercentKeepsThePercent() {
        RecordingEvaluation evaluation = evaluation();
        evaluation.tier = RecordingEvaluation.tierWithBonus(null);
        run(Phase.ACCRUAL, params("percent", dec("5")), evaluation);
        assertEquals(7_000, evaluation.accruals.get(0).points());
    }

    @Test
    void happyHoursAreInTheVenueZone() {
        Parameters rules = params("percent", dec("5"), "multipliers", list(
                params("from", "09:00", "to", "12:00", "factor", dec("2"))));
        RecordingEvaluation morning = evaluation(Instant.parse("2025-03-10T06:30:00Z"), null, List.of(), 0);
        run(Phase.ACCRUAL, rules, morning);
        assertEquals(new Accrued(14_000, Instant.parse("2025-03-10T06:30:00Z"), null, "5% of 1,400.00, x2"),
                morning.accruals.get(0));
    }

    @Test
    void cashierPaymentsAndPurchasesComeFromTheReceiptAndGuest() {
        Parameters rules = params("percent", dec("5"),
                "cashierRules", list(params("cashier", "Anna", "factor", dec("2"))),
                "paymentRules", list(params("method", "certificate", "factor", dec("0"))),
                "everyNth", 3L, "everyNthPoints", dec("100"));
        RecordingEvaluation evaluation = evaluation(TIME, "Anna",
                List.of(new Payment("card", 70_000), new Payment("certificate", 70_000)), 2);
        run(Phase.ACCRUAL, rules, evaluation);
        assertEquals(7_000 + 10_000, evaluation.accruals.get(0).points());
        assertEquals("5% of 1,400.00, x2, by payment method, 3rd purchase +100.00",
                evaluation.accruals.get(0).description());
    }

    @Test
    void zeroPointsAccrueNothing() {
        RecordingEvaluation evaluation = evaluation();
        run(Phase.ACCRUAL, params("percent", dec("0.0001")), evaluation);
        assertTrue(evaluation.recordedNothing());
    }

    @Test
    void capsRedemptionBySharesAndSteps() {
        RecordingEvaluation evaluation = evaluation();
        run(Phase.REDEMPTION_CAP, params("maxShare", list(
                params("group", "services", "percent", dec("50")),
                params("group", "goods", "percent", dec("20"))),
                "minRedemption", dec("150"), "redemptionMultiple", dec("50")), evaluation);
        assertEquals(List.of(new Cap(58_000, "points pay at most services 50%, goods 20%")), evaluation.caps);
        assertEquals(List.of(new Steps(15_000, 5_000)), evaluation.steps);
        assertTrue(evaluation.accruals.isEmpty());
    }

    @Test
    void redemptionCapWithoutItsParametersDoesNothing() {
        RecordingEvaluation evaluation = evaluation();
        run(Phase.REDEMPTION_CAP, params("percent", dec("5")), evaluation);
        assertTrue(evaluation.recordedNothing());
    }

    @Test
    void withoutAGuestNothingInAnyPhase() {
        Parameters rules = params("percent", dec("5"), "maxShare", list(params("percent", dec("50"))));
        for (Phase phase : Phase.values()) {
            RecordingEvaluation evaluation = evaluation();
            evaluation.guest = null;
            run(phase, rules, evaluation);
            assertTrue(evaluation.recordedNothing(), phase.name());
            assertTrue(evaluation.basesAsked.isEmpty(), phase.name());
        }
    }

    @Test
    void discountAndIssuancePhasesAreIgnored() {
        Parameters rules = params("percent", dec("5"), "maxShare", list(params("percent", dec("50"))));
        for (Phase phase : List.of(Phase.DISCOUNT, Phase.ISSUANCE)) {
            RecordingEvaluation evaluation = evaluation();
            run(phase, rules, evaluation);
            assertTrue(evaluation.recordedNothing(), phase.name());
        }
    }

    @Test
    void registeredAsTheBonusMechanic() throws IOException {
        String name = "/OSGI-INF/" + BonusMechanic.class.getName() + ".xml";
        try (InputStream in = BonusMechanic.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("<property name=\"kopilka.mechanic\" type=\"String\" value=\"bonus\"/>"), xml);
            assertTrue(xml.contains("<provide interface=\"io.kopilka.api.mechanic.Mechanic\"/>"), xml);
        }
    }
}
