package io.kopilka.api.alerts;

import java.time.Instant;
import java.util.List;

/**
 * Sales of a venue (or all venues) over a period {@code [from, to)}, in minor units, as the owner sees them at shift
 * close. Where each figure comes from is told in {@link Reports}.
 *
 * @param venueId {@code null} for all venues
 * @param venueName {@code null} for all venues
 * @param takings the sum of closed receipts, less deleted ones
 * @param receipts closed receipts, less deleted ones
 * @param averageReceipt takings / receipts, rounded half up; 0 without receipts
 * @param discounts discounts given: added less removed
 * @param deletions dishes and receipts deleted (after they were saved) and their sum in {@code deletedAmount}
 * @param bonusAccrued points accrued by the period's receipts, less what refunds clawed back
 * @param bonusRedeemed points paid for the period's receipts, less what refunds gave back
 * @param salesByHour takings by the hour of the venue's local time the receipt was closed (a deleted receipt leaves
 *        the hour it closed in), hours with sales only, in the order they come from the start of the period
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
