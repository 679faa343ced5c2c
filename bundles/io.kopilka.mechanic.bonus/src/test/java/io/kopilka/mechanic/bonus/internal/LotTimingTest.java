package io.kopilka.mechanic.bonus.internal;

import static io.kopilka.mechanic.bonus.internal.TestParameters.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import io.kopilka.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class LotTimingTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZonedDateTime RECEIPT = ZonedDateTime.of(2025, 3, 10, 14, 30, 0, 0, MOSCOW);

    @Test
    void activationAfterNDays() {
        LotTiming timing = LotTiming.from(params("activationDays", 14L));
        assertEquals(Instant.parse("2025-03-24T11:30:00Z"), timing.activatesAt(RECEIPT));
    }

    @Test
    void activationByDefaultAtOnce() {
        assertEquals(RECEIPT.toInstant(), LotTiming.from(params()).activatesAt(RECEIPT));
    }

    @Test
    void activationDaysKeepTheLocalTimeAcrossDaylightSaving() {
        ZonedDateTime berlin = ZonedDateTime.of(2025, 3, 29, 12, 0, 0, 0, ZoneId.of("Europe/Berlin"));
        LotTiming timing = LotTiming.from(params("activationDays", 1L));
        assertEquals(Instant.parse("2025-03-30T10:00:00Z"), timing.activatesAt(berlin));
    }

    @Test
    void noExpiryByDefault() {
        LotTiming timing = LotTiming.from(params());
        assertNull(timing.expiresAt(RECEIPT));
        assertFalse(timing.extendsExpiry());
    }

    @Test
    void afterAccrualExpiresDaysAfterTheReceipt() {
        LotTiming timing = LotTiming.from(params("expiry", "AFTER_ACCRUAL", "expiryDays", 180L));
        assertEquals(Instant.parse("2025-09-06T11:30:00Z"), timing.expiresAt(RECEIPT));
        assertFalse(timing.extendsExpiry());
    }

    @Test
    void afterLastPurchaseExpiresDaysAfterTheReceiptAndExtendsOlderPoints() {
        LotTiming timing = LotTiming.from(params("expiry", "AFTER_LAST_PURCHASE", "expiryDays", 90L));
        assertEquals(Instant.parse("2025-06-08T11:30:00Z"), timing.expiresAt(RECEIPT));
        assertTrue(timing.extendsExpiry());
    }

    @Test
    void modeWithoutDaysNeverExpires() {
        assertNull(LotTiming.from(params("expiry", "AFTER_ACCRUAL")).expiresAt(RECEIPT));
    }

    @Test
    void fixedDatesExpireAtTheStartOfTheNextListedDateInTheVenueZone() {
        LotTiming timing = LotTiming.from(params("expiry", "FIXED_DATES",
                "expiryDates", List.of("--12-31", "--06-30")));
        assertEquals(Instant.parse("2025-06-29T21:00:00Z"), timing.expiresAt(RECEIPT));
    }

    @Test
    void fixedDatesAcrossTheYearEnd() {
        LotTiming timing = LotTiming.from(params("expiry", "FIXED_DATES",
                "expiryDates", List.of("--06-30", "--01-01")));
        ZonedDateTime december = ZonedDateTime.of(2025, 12, 15, 10, 0, 0, 0, MOSCOW);
        assertEquals(Instant.parse("2025-12-31T21:00:00Z"), timing.expiresAt(december));
    }

    @Test
    void fixedDateIsStrictlyAfterTheReceiptsLocalDate() {
        LotTiming timing = LotTiming.from(params("expiry", "FIXED_DATES", "expiryDates", List.of("--12-31")));
        ZonedDateTime lastDay = ZonedDateTime.of(2025, 12, 31, 23, 0, 0, 0, MOSCOW);
        assertEquals(Instant.parse("2026-12-30T21:00:00Z"), timing.expiresAt(lastDay));
    }

    @Test
    void fixedDatesUseTheVenueDateNotUtc() {
        LotTiming timing = LotTiming.from(params("expiry", "FIXED_DATES", "expiryDates", List.of("--01-01")));
        // 2025-12-31T22:30Z is already 1 January 2026 in Moscow
        ZonedDateTime newYearMorning = Instant.parse("2025-12-31T22:30:00Z").atZone(MOSCOW);
        assertEquals(Instant.parse("2026-12-31T21:00:00Z"), timing.expiresAt(newYearMorning));
    }

    @Test
    void leapDayFallsOnTheLastDayOfFebruaryInOtherYears() {
        LotTiming timing = LotTiming.from(params("expiry", "FIXED_DATES", "expiryDates", List.of("--02-29")));
        assertEquals(Instant.parse("2025-02-27T21:00:00Z"), timing.expiresAt(RECEIPT.minusMonths(1)));
    }

    @Test
    void malformedDateIsRefused() {
        assertThrows(InvalidInputException.class,
                () -> LotTiming.from(params("expiry", "FIXED_DATES", "expiryDates", List.of("31.12"))));
    }
}
