package io.kopilka.rest.internal.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.kopilka.api.Amounts;
import io.kopilka.api.alerts.SalesReport;

/** A sales report as JSON: money and points as decimals with two fractional digits, like every amount of the API. */
public record SalesReportView(Long venueId, String venueName, Instant from, Instant to, BigDecimal takings,
        int receipts, BigDecimal averageReceipt, BigDecimal discounts, int deletions, BigDecimal deletedAmount,
        BigDecimal bonusAccrued, BigDecimal bonusRedeemed, List<HourView> salesByHour) {

    public static SalesReportView of(SalesReport r) {
        return new SalesReportView(r.venueId(), r.venueName(), r.from(), r.to(), Amounts.toDecimal(r.takings()),
                r.receipts(), Amounts.toDecimal(r.averageReceipt()), Amounts.toDecimal(r.discounts()), r.deletions(),
                Amounts.toDecimal(r.deletedAmount()), Amounts.toDecimal(r.bonusAccrued()),
                Amounts.toDecimal(r.bonusRedeemed()), r.salesByHour().stream().map(HourView::of).toList());
    }

    /** Takings and receipts of one hour of the day in the venues' zone. */
    public record HourView(int hour, BigDecimal takings, int receipts) {

        static HourView of(SalesReport.HourSales h) {
            return new HourView(h.hour(), Amounts.toDecimal(h.takings()), h.receipts());
        }
    }
}
