package io.kopilka.mechanic.bonus.internal;

import static io.kopilka.mechanic.bonus.internal.TestParameters.dec;
import static io.kopilka.mechanic.bonus.internal.TestParameters.list;
import static io.kopilka.mechanic.bonus.internal.TestParameters.params;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import io.kopilka.api.mechanic.Parameters;
import io.kopilka.api.processing.Payment;
import io.kopilka.mechanic.bonus.internal.AccrualContext.BaseLine;
import org.junit.jupiter.api.Test;

class AccrualCalculatorTest {

    private static final LocalDateTime MONDAY_NOON = LocalDateTime.of(2025, 3, 3, 12, 0);

    private static AccrualContext receipt(long... bases) {
        return receipt(MONDAY_NOON, List.of(), null, 0, bases);
    }

    private static AccrualContext receipt(LocalDateTime time, List<Payment> payments, String cashier,
            long purchasesBefore, long... bases) {
        List<BaseLine> lines = Arrays.stream(bases).mapToObj(b -> new BaseLine(List.of(), b)).toList();
        return new AccrualContext(lines, null, time, payments, cashier, purchasesBefore);
    }

    private static long points(Parameters parameters, AccrualContext context) {
        return new AccrualCalculator(BonusRules.from(parameters)).calculate(context).points();
    }

    @Test
    void fivePercentFixed() {
        assertEquals(5_000, points(params("percent", dec("5")), receipt(100_000)));
        assertEquals(5_000, points(params("percent", dec("5")), receipt(60_000, 40_000)));
    }

    @Test
    void fiftyPointsPerThousand() {
        Parameters steps = params("pointsPerStep", dec("50"), "step", dec("1000"));
        assertEquals(10_000, points(steps, receipt(299_999)));
        assertEquals(10_000, points(steps, receipt(100_000, 199_999)));
    }

    @Test
    void stepPointsComeOnTopOfThePercent() {
        Parameters both = params("percent", dec("1"), "pointsPerStep", dec("50"), "step", dec("1000"));
        assertEquals(2_999 + 10_000, points(both, receipt(299_999)));
    }

    @Test
    void progressiveBelowAndFromAThousand() {
        Parameters progressive = params("progressive", list(
                params("from", dec("0"), "percent", dec("5")),
                params("from", dec("1000"), "percent", dec("10"))));
        assertEquals(4_999, points(progressive, receipt(99_999)));
        assertEquals(10_000, points(progressive, receipt(100_000)));
        assertEquals(10_000, points(progressive, receipt(50_000, 50_000)));
    }

    @Test
    void servicesTenPercentGoodsThree() {
        Parameters groups = params("percent", dec("1"), "groupRates", list(
                params("group", "services", "percent", dec("10")),
                params("group", "goods", "percent", dec("3"))));
        AccrualContext context = new AccrualContext(List.of(
                new BaseLine(List.of("services"), 100_000),
                new BaseLine(List.of("goods"), 100_000),
                new BaseLine(List.of("bar"), 100_000)), null, MONDAY_NOON, List.of(), null, 0);
        Accrual accrual = new AccrualCalculator(BonusRules.from(groups)).calculate(context);
        assertEquals(10_000 + 3_000 + 1_000, accrual.points());
        assertEquals(List.of(dec("1"), dec("3"), dec("10")), accrual.percents());
        assertEquals(300_000, accrual.base());
    }

    @Test
    void roundingModesOfThreePercentOf333_33() {
        assertEquals(999, points(params("percent", dec("3"), "rounding", "DOWN"), receipt(33_333)));
        assertEquals(1_000, points(params("percent", dec("3"), "rounding", "HALF_UP"), receipt(33_333)));
        assertEquals(900, points(params("percent", dec("3"), "rounding", "WHOLE_DOWN"), receipt(33_333)));
        assertEquals(999, points(params("percent", dec("3")), receipt(33_333)));
    }

    @Test
    void roundingHappensOnceOverAllLines() {
        // 3% of 333.33 three times: 29.9997 in all, not 3 x 9.99
        assertEquals(2_999, points(params("percent", dec("3")), receipt(33_333, 33_333, 33_333)));
    }

    @Test
    void nineToTwelveDoubles() {
        Parameters happyHours = params("percent", dec("5"), "multipliers", list(
                params("from", "09:00", "to", "12:00", "factor", dec("2"))));
        assertEquals(5_000, points(happyHours, at(8, 59)));
        assertEquals(10_000, points(happyHours, at(9, 0)));
        assertEquals(10_000, points(happyHours, at(11, 59)));
        assertEquals(5_000, points(happyHours, at(12, 0)));
    }

    @Test
    void multiplierAppliesBeforeTheSingleRounding() {
        Parameters happyHours = params("percent", dec("3"), "multipliers", list(
                params("from", "09:00", "to", "12:00", "factor", dec("2"))));
        assertEquals(1_999, points(happyHours, receipt(MONDAY_NOON.withHour(10), List.of(), null, 0, 33_333)));
    }

    @Test
    void nothingOnWhatACertificatePaid() {
        Parameters rules = params("percent", dec("5"), "paymentRules", list(
                params("method", "certificate", "factor", dec("0"))));
        List<Payment> payments = List.of(new Payment("card", 60_000), new Payment("certificate", 40_000));
        assertEquals(3_000, points(rules, receipt(MONDAY_NOON, payments, null, 0, 100_000)));
        assertEquals(0, points(rules, receipt(MONDAY_NOON, List.of(new Payment("certificate", 100_000)), null, 0,
                100_000)));
    }

    @Test
    void paymentShareIsDividedOutExactly() {
        Parameters rules = params("percent", dec("10"), "paymentRules", list(
                params("method", "certificate", "factor", dec("0"))));
        List<Payment> thirds = List.of(new Payment("card", 200), new Payment("certificate", 100));
        // 10% of 150.00 = 15.00, two thirds paid by card: exactly 10.00
        assertEquals(1_000, points(rules, receipt(MONDAY_NOON, thirds, null, 0, 15_000)));
    }

    @Test
    void cashierFactor() {
        Parameters rules = params("percent", dec("5"), "cashierRules", list(
                params("cashier", "Anna", "factor", dec("1.5"))));
        assertEquals(7_500, points(rules, receipt(MONDAY_NOON, List.of(), "Anna", 0, 100_000)));
        assertEquals(5_000, points(rules, receipt(MONDAY_NOON, List.of(), "Boris", 0, 100_000)));
    }

    @Test
    void everyThirdPurchaseAddsItsPoints() {
        Parameters rules = params("percent", dec("5"), "everyNth", 3L, "everyNthPoints", dec("100"));
        assertEquals(5_000, points(rules, receipt(MONDAY_NOON, List.of(), null, 0, 100_000)));
        assertEquals(5_000, points(rules, receipt(MONDAY_NOON, List.of(), null, 1, 100_000)));
        assertEquals(15_000, points(rules, receipt(MONDAY_NOON, List.of(), null, 2, 100_000)));
    }

    @Test
    void receiptOverAThresholdAddsItsPoints() {
        Parameters rules = params("percent", dec("1"), "receiptOver", dec("5000"), "receiptOverPoints", dec("200"));
        assertEquals(4_999, points(rules, receipt(499_999)));
        assertEquals(5_000 + 20_000, points(rules, receipt(300_000, 200_000)));
    }

    @Test
    void triggerPointsAreAddedAfterRounding() {
        Parameters rules = params("percent", dec("3"), "rounding", "WHOLE_DOWN", "everyNth", 1L,
                "everyNthPoints", dec("0.50"), "receiptOver", dec("100"), "receiptOverPoints", dec("0.25"));
        assertEquals(900 + 50 + 25, points(rules, receipt(33_333)));
    }

    @Test
    void tierBonusPercentReplacesThePercent() {
        AccrualContext context = new AccrualContext(List.of(new BaseLine(List.of(), 100_000)), dec("7"),
                MONDAY_NOON, List.of(), null, 0);
        assertEquals(7_000, points(params("percent", dec("5")), context));
    }

    @Test
    void nothingWithoutRulesOrBase() {
        assertEquals(0, points(params(), receipt(100_000)));
        assertEquals(0, points(params("percent", dec("5")), receipt()));
        assertEquals(0, points(params("percent", dec("5")), receipt(0)));
    }

    @Test
    void factorIsTimeTimesCashier() {
        Parameters rules = params("percent", dec("5"),
                "multipliers", list(params("factor", dec("2"))),
                "cashierRules", list(params("cashier", "Anna", "factor", dec("1.5"))));
        Accrual accrual = new AccrualCalculator(BonusRules.from(rules))
                .calculate(receipt(MONDAY_NOON, List.of(), "Anna", 0, 100_000));
        assertEquals(15_000, accrual.points());
        assertEquals(0, new BigDecimal("3").compareTo(accrual.factor()));
    }

    private static AccrualContext at(int hour, int minute) {
        return receipt(MONDAY_NOON.withHour(hour).withMinute(minute), List.of(), null, 0, 100_000);
    }
}
