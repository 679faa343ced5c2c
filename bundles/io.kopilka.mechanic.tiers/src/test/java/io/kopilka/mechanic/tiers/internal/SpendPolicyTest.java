package io.kopilka.mechanic.tiers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpendPolicyTest {

    private static final Instant NOW = Instant.parse("2025-06-15T09:00:00Z");
    private static final ZonedDateTime RECEIPT_TIME = NOW.atZone(ZoneId.of("Europe/Moscow"));

    /** 60,000.00 spent 400 days ago, 5,000.00 ten days ago. */
    private final FakeGuest guest = new FakeGuest()
            .bought(NOW.minus(Duration.ofDays(400)), 6_000_000)
            .bought(NOW.minus(Duration.ofDays(10)), 500_000);

    @Test
    void allTimeCountsEverything() {
        SpendPolicy policy = new SpendPolicy(SpendBasis.ALL_TIME, 365, false);
        assertEquals(6_500_000, policy.spend(guest, RECEIPT_TIME, 100_000));
        assertEquals(List.of(), guest.askedSince());
    }

    @Test
    void aWindowForgetsOldPurchases() {
        SpendPolicy policy = new SpendPolicy(SpendBasis.WINDOW, 365, false);
        assertEquals(500_000, policy.spend(guest, RECEIPT_TIME, 100_000));
        assertEquals(List.of(Instant.parse("2024-06-15T09:00:00Z")), guest.askedSince());
    }

    @Test
    void aWindowLongEnoughCountsEverything() {
        SpendPolicy policy = new SpendPolicy(SpendBasis.WINDOW, 401, false);
        assertEquals(6_500_000, policy.spend(guest, RECEIPT_TIME, 100_000));
    }

    @Test
    void theCurrentReceiptCountsOnlyWhenIncluded() {
        assertEquals(6_600_000, new SpendPolicy(SpendBasis.ALL_TIME, 365, true).spend(guest, RECEIPT_TIME, 100_000));
        assertEquals(600_000, new SpendPolicy(SpendBasis.WINDOW, 365, true).spend(guest, RECEIPT_TIME, 100_000));
    }

    @Test
    void refundsInTheWindowOfOlderPurchasesCountAsNothingSpent() {
        FakeGuest refunded = new FakeGuest().bought(NOW.minus(Duration.ofDays(5)), -300_000);
        assertEquals(0, new SpendPolicy(SpendBasis.WINDOW, 30, false).spend(refunded, RECEIPT_TIME, 100_000));
        assertEquals(100_000, new SpendPolicy(SpendBasis.WINDOW, 30, true).spend(refunded, RECEIPT_TIME, 100_000));
    }

    @Test
    void theWindowCountsCalendarDaysInTheVenuesZone() {
        // 12:00 in Berlin, summer time; seven days earlier Berlin was on winter time
        ZonedDateTime berlinNoon = Instant.parse("2025-04-01T10:00:00Z").atZone(ZoneId.of("Europe/Berlin"));
        SpendPolicy policy = new SpendPolicy(SpendBasis.WINDOW, 7, false);
        assertEquals(Instant.parse("2025-03-25T11:00:00Z"), policy.windowStart(berlinNoon));
    }
}
