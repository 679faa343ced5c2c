package io.kopilka.core.internal.alerts;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One venue's sales as Kopilka booked them (table {@code receipt}, by the receipt's time): a receipt that is not
 * cancelled counts with what was paid for it after discounts, less what was refunded so far. Bonuses are what the
 * receipts accrued and redeemed, less what their refunds clawed back and gave back, cancelled receipts included
 * (their refunds undo them).
 */
final class BookedSales {

    private final ZoneId zone;
    private final HourBuckets hours = new HourBuckets();
    long takings;
    int receipts;
    long discounts;
    long bonusAccrued;
    long bonusRedeemed;

    BookedSales(ZoneId zone) {
        this.zone = zone;
    }

    void receipt(Instant time, long total, long discount, long refunded, long accrual, long redemption,
            boolean cancelled) {
        bonusAccrued += accrual;
        bonusRedeemed += redemption;
        if (cancelled) {
            return;
        }
        long paid = total - discount - refunded;
        takings += paid;
        receipts++;
        discounts += discount;
        hours.add(time.atZone(zone).getHour(), paid, 1);
    }

    void refunds(long pointsReturned, long pointsClawedBack) {
        bonusRedeemed -= pointsReturned;
        bonusAccrued -= pointsClawedBack;
    }

    HourBuckets hours() {
        return hours;
    }
}
