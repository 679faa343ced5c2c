package io.kopilka.mechanic.bonus.internal;

import static io.kopilka.mechanic.bonus.internal.TestParameters.dec;
import static io.kopilka.mechanic.bonus.internal.TestParameters.list;
import static io.kopilka.mechanic.bonus.internal.TestParameters.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import io.kopilka.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class TimeMultipliersTest {

    /** 2025-03-03 is a Monday. */
    private static LocalDateTime monday(int hour, int minute) {
        return LocalDateTime.of(2025, 3, 3, hour, minute);
    }

    private final TimeMultipliers morning = TimeMultipliers.from(params("multipliers", list(
            params("days", List.of(), "from", "09:00", "to", "12:00", "factor", dec("2")))));

    @Test
    void nineToTwelveDoublesFromNineUpToButNotIncludingTwelve() {
        assertEquals(BigDecimal.ONE, morning.factor(monday(8, 59)));
        assertEquals(dec("2"), morning.factor(monday(9, 0)));
        assertEquals(dec("2"), morning.factor(monday(11, 59)));
        assertEquals(BigDecimal.ONE, morning.factor(monday(12, 0)));
    }

    @Test
    void listedDaysOnly() {
        TimeMultipliers weekend = TimeMultipliers.from(params("multipliers", list(
                params("days", List.of("SATURDAY", "sunday"), "factor", dec("1.5")))));
        assertEquals(BigDecimal.ONE, weekend.factor(monday(10, 0)));
        assertEquals(dec("1.5"), weekend.factor(monday(10, 0).plusDays(5)));
        assertEquals(dec("1.5"), weekend.factor(monday(23, 59).plusDays(6)));
    }

    @Test
    void highestMatchingFactorApplies() {
        TimeMultipliers rules = TimeMultipliers.from(params("multipliers", list(
                params("from", "09:00", "to", "12:00", "factor", dec("2")),
                params("days", List.of("MONDAY"), "from", "10:00", "to", "11:00", "factor", dec("3")),
                params("from", "00:00", "factor", dec("1.2")))));
        assertEquals(dec("1.2"), rules.factor(monday(8, 0)));
        assertEquals(dec("2"), rules.factor(monday(9, 30)));
        assertEquals(dec("3"), rules.factor(monday(10, 30)));
        assertEquals(dec("2"), rules.factor(monday(10, 30).plusDays(1)));
    }

    @Test
    void windowAcrossMidnightBelongsToTheDayItStarts() {
        TimeMultipliers night = TimeMultipliers.from(params("multipliers", list(
                params("days", List.of("FRIDAY"), "from", "22:00", "to", "02:00", "factor", dec("2")))));
        LocalDateTime friday = monday(0, 0).plusDays(4);
        assertEquals(BigDecimal.ONE, night.factor(friday.withHour(21).withMinute(59)));
        assertEquals(dec("2"), night.factor(friday.withHour(22)));
        assertEquals(dec("2"), night.factor(friday.plusDays(1).withHour(1).withMinute(59)));
        assertEquals(BigDecimal.ONE, night.factor(friday.plusDays(1).withHour(2)));
        assertEquals(BigDecimal.ONE, night.factor(friday.withHour(1)));
    }

    @Test
    void noMultipliersMeansOne() {
        assertEquals(BigDecimal.ONE, TimeMultipliers.from(params()).factor(monday(10, 0)));
    }

    @Test
    void unknownDayIsRefused() {
        assertThrows(InvalidInputException.class, () -> TimeMultipliers.from(params("multipliers", list(
                params("days", List.of("FUNDAY"), "factor", dec("2"))))));
    }
}
