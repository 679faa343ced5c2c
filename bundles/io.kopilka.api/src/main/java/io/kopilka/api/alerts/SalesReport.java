package io.kopilka.api.alerts;

import java.time.Instant;
import java.util.List;

/**
 * Sales of a venue (or all venues) over a period, in minor units, as the owner sees them at shift close.
 *
 * @param venueId {@code null} for all venues
 * @param takings the sum of closed receipts
 * @param averageReceipt takings / receipts, rounded half up; 0 without receipts
 * @param deletions dishes and receipts deleted (after they were saved) and their sum in {@code deletedAmount}
 * @param salesByHour takings by the hour of the venue's local time the receipt was closed, hours with sales only
 */
public record SalesReport(Long venueId, String venueName, Instant from, Instant to, long takings, int receipts,
        long averageReceipt, long discounts, int deletions, long deletedAmount, long bonusAccrued,
        long bonusRedeemed, List<HourSales> salesByHour) {

    public SalesReport {
        salesByHour = List.copyOf(salesByHour);
    }

    /** Takings and receipts in one hour (0-23). */
    public record HourSales(int hour, long takings, int receipts) {
    }
}
