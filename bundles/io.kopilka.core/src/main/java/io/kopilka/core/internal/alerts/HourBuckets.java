package io.kopilka.core.internal.alerts;

import java.util.ArrayList;
import java.util.List;

import io.kopilka.api.alerts.SalesReport.HourSales;

/** Takings and receipts by the hour of the day (0-23) in the venues' zone. */
final class HourBuckets {

    private final long[] takings = new long[24];
    private final int[] receipts = new int[24];

    void add(int hour, long amount, int count) {
        takings[hour] += amount;
        receipts[hour] += count;
    }

    void addAll(HourBuckets other) {
        for (int h = 0; h < 24; h++) {
            add(h, other.takings[h], other.receipts[h]);
        }
    }

    /** The hours with sales, in the order they come after {@code firstHour} (a shift from 10:00 to 02:00 ends with 0 and 1). */
    List<HourSales> list(int firstHour) {
        List<HourSales> hours = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int h = (firstHour + i) % 24;
            if (takings[h] != 0 || receipts[h] != 0) {
                hours.add(new HourSales(h, takings[h], receipts[h]));
            }
        }
        return hours;
    }
}
