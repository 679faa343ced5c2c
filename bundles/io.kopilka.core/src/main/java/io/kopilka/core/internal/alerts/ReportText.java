package io.kopilka.core.internal.alerts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.kopilka.api.alerts.SalesReport;

/**
 * The text of a sales report in a staff chat: a title, the venue (or every venue), the period (a date for a whole
 * local day), then takings, receipts, average receipt, discounts, deletions, bonuses and sales by hour; money in
 * roubles to the kopeck, bonuses as points with two decimals.
 */
final class ReportText {

    static final String SHIFT_TITLE = "📊 Закрытие общей смены";
    static final String SALES_TITLE = "📊 Продажи";
    static final String ALL_VENUES = "Все заведения";

    private final ZoneId zone;

    ReportText(ZoneId zone) {
        this.zone = zone;
    }

    String render(SalesReport r, String title) {
        List<String> out = new ArrayList<>();
        out.add(title);
        out.add(r.venueName() == null ? ALL_VENUES : r.venueName());
        out.add(period(r));
        out.add("Выручка: " + Money.rub(r.takings()));
        out.add("Чеков: " + r.receipts());
        out.add("Средний чек: " + Money.rub(r.averageReceipt()));
        out.add("Скидки: " + Money.rub(r.discounts()));
        out.add("Удаления: " + r.deletions() + " на " + Money.rub(r.deletedAmount()));
        out.add("Бонусов начислено: " + Money.amount(r.bonusAccrued()));
        out.add("Бонусов списано: " + Money.amount(r.bonusRedeemed()));
        if (!r.salesByHour().isEmpty()) {
            out.add("");
            out.add("Продажи по часам:");
            for (SalesReport.HourSales h : r.salesByHour()) {
                out.add(Times.hourSpan(h.hour()) + "  " + Money.rub(h.takings()) + ", чеков: " + h.receipts());
            }
        }
        return String.join("\n", out);
    }

    /** {@code 23.11.2026} for a whole local day, else {@code 23.11.2026 10:00 — 24.11.2026 02:15}. */
    private String period(SalesReport r) {
        LocalDate day = r.from().atZone(zone).toLocalDate();
        if (day.atStartOfDay(zone).toInstant().equals(r.from())
                && day.plusDays(1).atStartOfDay(zone).toInstant().equals(r.to())) {
            return Times.date(day);
        }
        return Times.dateTime(r.from(), zone) + " — " + Times.dateTime(r.to(), zone);
    }
}
