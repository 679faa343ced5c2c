package io.kopilka.core.internal.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.alerts.SalesReport;
import io.kopilka.api.alerts.SalesReport.HourSales;
import io.kopilka.api.org.Venue;
import io.kopilka.core.internal.Fixture;
import io.kopilka.core.internal.pos.PosEventsImpl;
import io.kopilka.core.internal.processing.ReceiptEntity;
import io.kopilka.core.internal.processing.RefundEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A day's sales in Moscow (UTC+3) on 23.11.2026: a bar whose POS reports receipts in events, and a shop whose POS
 * does not, so its takings come from the receipts Kopilka booked; bonuses come from Kopilka's receipts for both.
 */
class ReportsTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-23");

    private static Fixture f;
    private static ReportsImpl reports;
    private static Venue bar;
    private static Venue shop;

    @BeforeAll
    static void open() {
        f = new Fixture("reports");
        reports = new ReportsImpl(f.db.database(), AlertDispatchTest.MOSCOW);
        bar = f.organizations.createVenue(f.org.id(), "1", "Бар");
        shop = f.organizations.createVenue(f.org.id(), "2", "Лавка");
        barEvents();
        barReceipts();
        shopReceipts();
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static void barEvents() {
        PosEventsImpl events = new PosEventsImpl(f.db.database());
        Object[][] rows = {
            {"RECEIPT_CLOSED", "o1", "2026-11-23T09:30:00Z", 1_000_00L},
            {"RECEIPT_CLOSED", "o2", "2026-11-23T09:45:00Z", 500_01L},
            {"RECEIPT_CLOSED", "o3", "2026-11-23T15:10:00Z", 333_33L},
            {"RECEIPT_DELETED", "o2", "2026-11-23T16:00:00Z", 500_01L},
            {"DISH_REMOVED_SAVED", "o3", "2026-11-23T10:00:00Z", 298_00L},
            {"DISCOUNT_ADDED", "o1", "2026-11-23T09:20:00Z", 100_00L},
            {"LOYALTY_DISCOUNT_ADDED", "o1", "2026-11-23T09:21:00Z", 50_00L},
            {"DISCOUNT_REMOVED", "o1", "2026-11-23T09:22:00Z", 20_00L},
            {"ORDER_SAVED", "o1", "2026-11-23T09:10:00Z", 9_999_00L},
            {"RECEIPT_CLOSED", "late", "2026-11-23T21:30:00Z", 777_00L},
            {"RECEIPT_CLOSED", "early", "2026-11-22T20:59:59Z", 888_00L},
        };
        int n = 0;
        for (Object[] r : rows) {
            events.publish(AlertDispatchTest.event(f.org.id(), bar.id(), (String) r[0], "e" + n++,
                    Instant.parse((String) r[2]), (Long) r[3], Map.of("order", (String) r[1])));
        }
    }

    /** Kopilka's receipts at the bar count for bonuses only: the bar's POS reports its receipts itself. */
    private static void barReceipts() {
        long id = receipt(bar, "b1", "2026-11-23T09:30:00Z", 1_000_00, 0, 0, 50_00, 100_00, "COMMITTED");
        refund(id, 10_00, 5_00);
    }

    private static void shopReceipts() {
        receipt(shop, "s1", "2026-11-23T06:00:00Z", 200_00, 20_00, 0, 10_00, 0, "COMMITTED");
        receipt(shop, "s2", "2026-11-23T06:30:00Z", 100_00, 0, 30_00, 0, 0, "COMMITTED");
        long cancelled = receipt(shop, "s3", "2026-11-23T07:00:00Z", 50_00, 0, 50_00, 5_00, 0, "CANCELLED");
        refund(cancelled, 0, 5_00);
        receipt(shop, "s4", "2026-11-23T22:00:00Z", 400_00, 0, 0, 0, 0, "COMMITTED");
    }

    private static long receipt(Venue venue, String posId, String time, long total, long discount, long refunded,
            long accrual, long redemption, String status) {
        long terminal = f.organizations.terminals(venue.id()).stream().findFirst()
                .orElseGet(() -> f.organizations.createTerminal(venue.id(), "T", "Till")).id();
        return f.db.database().tx(em -> {
            ReceiptEntity r = new ReceiptEntity();
            r.id = f.db.database().ids().next(io.kopilka.core.internal.db.IdBlocks.Table.RECEIPT);
            r.organizationId = f.org.id();
            r.venueId = venue.id();
            r.terminalId = terminal;
            r.posReceiptId = posId;
            r.requestHash = "h";
            r.time = Instant.parse(time);
            r.total = total;
            r.discount = discount;
            r.refunded = refunded;
            r.accrual = accrual;
            r.redemption = redemption;
            r.status = status;
            r.resultJson = "{}";
            r.createdAt = r.time;
            em.persist(r);
            em.flush();
            return r.id;
        });
    }

    private static void refund(long receiptId, long returned, long clawedBack) {
        f.db.database().tx(em -> {
            RefundEntity r = new RefundEntity();
            r.receiptId = receiptId;
            r.refundId = "rf-" + receiptId;
            r.requestHash = "h";
            r.pointsReturned = returned;
            r.pointsClawedBack = clawedBack;
            r.author = "test";
            r.createdAt = Instant.parse("2026-11-24T08:00:00Z");
            em.persist(r);
            return null;
        });
    }

    @Test
    void aVenueWithAReceiptFeedCountsItsPosEvents() {
        SalesReport r = reports.day(f.org.id(), bar.id(), DAY);
        assertEquals(Instant.parse("2026-11-22T21:00:00Z"), r.from());
        assertEquals(Instant.parse("2026-11-23T21:00:00Z"), r.to());
        assertEquals("Бар", r.venueName());
        assertEquals(1_333_33, r.takings(), "closed receipts less the deleted one");
        assertEquals(2, r.receipts());
        assertEquals(666_67, r.averageReceipt(), "666.665 rounds half up");
        assertEquals(130_00, r.discounts(), "added less removed, loyalty ones included");
        assertEquals(2, r.deletions(), "a saved dish and a receipt");
        assertEquals(798_01, r.deletedAmount());
        assertEquals(45_00, r.bonusAccrued(), "Kopilka's accrual less what its refund clawed back");
        assertEquals(90_00, r.bonusRedeemed(), "Kopilka's redemption less what its refund gave back");
        assertEquals(List.of(new HourSales(12, 1_000_00, 1), new HourSales(18, 333_33, 1)), r.salesByHour(),
                "local hours; the deleted receipt leaves the hour it closed in");
    }

    @Test
    void aVenueWithoutAReceiptFeedCountsKopilkasReceipts() {
        SalesReport r = reports.day(f.org.id(), shop.id(), DAY);
        assertEquals(250_00, r.takings(), "paid after discounts less refunds; the cancelled receipt not at all");
        assertEquals(2, r.receipts());
        assertEquals(125_00, r.averageReceipt());
        assertEquals(20_00, r.discounts());
        assertEquals(0, r.deletions());
        assertEquals(10_00, r.bonusAccrued(), "the cancelled receipt's accrual was clawed back");
        assertEquals(0, r.bonusRedeemed());
        assertEquals(List.of(new HourSales(9, 250_00, 2)), r.salesByHour());
    }

    @Test
    void allVenuesAddUpEachVenuesOwnSource() {
        SalesReport r = reports.day(f.org.id(), null, DAY);
        assertEquals(null, r.venueName());
        assertEquals(1_583_33, r.takings());
        assertEquals(4, r.receipts());
        assertEquals(395_83, r.averageReceipt(), "395.8325 rounds down");
        assertEquals(150_00, r.discounts());
        assertEquals(2, r.deletions());
        assertEquals(798_01, r.deletedAmount());
        assertEquals(55_00, r.bonusAccrued());
        assertEquals(90_00, r.bonusRedeemed());
        assertEquals(List.of(new HourSales(9, 250_00, 2), new HourSales(12, 1_000_00, 1),
                new HourSales(18, 333_33, 1)), r.salesByHour());
    }

    @Test
    void theNextDayHasOnlyTheLateReceipts() {
        SalesReport r = reports.day(f.org.id(), null, DAY.plusDays(1));
        assertEquals(777_00 + 400_00, r.takings(), "the bar's late event and the shop's late receipt");
        assertEquals(List.of(new HourSales(0, 777_00, 1), new HourSales(1, 400_00, 1)), r.salesByHour());
    }

    @Test
    void averagesRoundHalfUp() {
        assertEquals(3, SalesCalculator.average(5, 2));
        assertEquals(-3, SalesCalculator.average(-5, 2));
        assertEquals(2, SalesCalculator.average(7, 3));
        assertEquals(3, SalesCalculator.average(8, 3));
        assertEquals(0, SalesCalculator.average(100, 0));
    }

    @Test
    void theTextShowsEveryFigure() {
        assertEquals("""
                📊 Продажи
                Лавка
                23.11.2026
                Выручка: 250,00 ₽
                Чеков: 2
                Средний чек: 125,00 ₽
                Скидки: 20,00 ₽
                Удаления: 0 на 0,00 ₽
                Бонусов начислено: 10,00
                Бонусов списано: 0,00

                Продажи по часам:
                09:00–10:00  250,00 ₽, чеков: 2""", reports.text(reports.day(f.org.id(), shop.id(), DAY)));
    }

    @Test
    void refusesAnotherOrganizationsVenueAndBadPeriods() {
        long other = f.organizations.createOrganization("Other").id();
        assertEquals("venue", assertThrows(NotFoundException.class, () -> reports.day(other, bar.id(), DAY))
                .field());
        Instant t = Instant.parse("2026-11-23T00:00:00Z");
        assertEquals("to", assertThrows(InvalidInputException.class, () -> reports.period(f.org.id(), null, t, t))
                .field());
        assertEquals("to", assertThrows(InvalidInputException.class,
                () -> reports.period(f.org.id(), null, t, t.plusSeconds(367L * 86_400))).field());
        assertEquals("date", assertThrows(InvalidInputException.class, () -> reports.day(f.org.id(), null, null))
                .field());
    }
}
