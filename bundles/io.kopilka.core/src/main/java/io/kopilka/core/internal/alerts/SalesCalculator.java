package io.kopilka.core.internal.alerts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import io.kopilka.api.alerts.SalesReport;

/**
 * Computes a {@link SalesReport} for a venue (or every venue) over {@code [from, to)} inside the caller's
 * transaction. Per venue: takings, receipts, sales by hour and discounts come from its POS events when it reported
 * at least one closed receipt in the window ({@link PosSales}), else from the receipts Kopilka booked
 * ({@link BookedSales}); deletions always come from POS events and bonuses always from Kopilka's receipts.
 */
final class SalesCalculator {

    private final ZoneId zone;

    SalesCalculator(ZoneId zone) {
        this.zone = zone;
    }

    SalesReport compute(EntityManager em, long organizationId, Long venueId, String venueName, Instant from,
            Instant to) {
        Map<Long, PosSales> pos = posSales(em, organizationId, venueId, from, to);
        Map<Long, BookedSales> booked = bookedSales(em, organizationId, venueId, from, to);
        TreeSet<Long> venues = new TreeSet<>(pos.keySet());
        venues.addAll(booked.keySet());
        Totals t = new Totals();
        for (Long venue : venues) {
            t.add(pos.computeIfAbsent(venue, v -> new PosSales(zone)),
                    booked.computeIfAbsent(venue, v -> new BookedSales(zone)));
        }
        return new SalesReport(venueId, venueName, from, to, t.takings, t.receipts, average(t.takings, t.receipts),
                t.discounts, t.deletions, t.deletedAmount, t.bonusAccrued, t.bonusRedeemed,
                t.hours.list(from.atZone(zone).getHour()));
    }

    /** Takings / receipts rounded half up (away from zero on a tie); 0 without receipts. */
    static long average(long takings, int receipts) {
        if (receipts <= 0) {
            return 0;
        }
        return BigDecimal.valueOf(takings).divide(BigDecimal.valueOf(receipts), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private Map<Long, PosSales> posSales(EntityManager em, long organizationId, Long venueId, Instant from,
            Instant to) {
        TypedQuery<Object[]> q = em.createQuery("SELECT p.venueId, p.kind, p.at, p.orderId, p.amount "
                + "FROM PosEventEntity p WHERE p.organizationId = :o" + (venueId == null ? "" : " AND p.venueId = :v")
                + " AND p.kind IN :k AND p.at >= :f AND p.at < :t ORDER BY p.at, p.id", Object[].class);
        List<Object[]> rows = window(q, organizationId, venueId, from, to).setParameter("k", PosSales.KINDS)
                .getResultList();
        Map<Long, PosSales> byVenue = new TreeMap<>();
        for (Object[] r : rows) {
            byVenue.computeIfAbsent((Long) r[0], v -> new PosSales(zone)).add((String) r[1], (Instant) r[2],
                    (String) r[3], (Long) r[4]);
        }
        return byVenue;
    }

    private Map<Long, BookedSales> bookedSales(EntityManager em, long organizationId, Long venueId, Instant from,
            Instant to) {
        String where = " r.organizationId = :o" + (venueId == null ? "" : " AND r.venueId = :v")
                + " AND r.time >= :f AND r.time < :t";
        List<Object[]> receipts = window(em.createQuery("SELECT r.venueId, r.time, r.total, r.discount, r.refunded, "
                + "r.accrual, r.redemption, r.status FROM ReceiptEntity r WHERE" + where, Object[].class),
                organizationId, venueId, from, to).getResultList();
        Map<Long, BookedSales> byVenue = new TreeMap<>();
        for (Object[] r : receipts) {
            byVenue.computeIfAbsent((Long) r[0], v -> new BookedSales(zone)).receipt((Instant) r[1], (Long) r[2],
                    (Long) r[3], (Long) r[4], (Long) r[5], (Long) r[6], "CANCELLED".equals(r[7]));
        }
        List<Object[]> refunds = window(em.createQuery("SELECT r.venueId, SUM(f.pointsReturned), "
                + "SUM(f.pointsClawedBack) FROM RefundEntity f, ReceiptEntity r WHERE f.receiptId = r.id AND"
                + where + " GROUP BY r.venueId", Object[].class), organizationId, venueId, from, to).getResultList();
        for (Object[] r : refunds) {
            byVenue.computeIfAbsent((Long) r[0], v -> new BookedSales(zone)).refunds(number(r[1]), number(r[2]));
        }
        return byVenue;
    }

    private static <T> TypedQuery<T> window(TypedQuery<T> q, long organizationId, Long venueId, Instant from,
            Instant to) {
        q.setParameter("o", organizationId).setParameter("f", from).setParameter("t", to);
        return venueId == null ? q : q.setParameter("v", venueId);
    }

    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    /** The venues' figures added up, each venue's takings from the source that counts for it. */
    private static final class Totals {
        final HourBuckets hours = new HourBuckets();
        long takings;
        int receipts;
        long discounts;
        int deletions;
        long deletedAmount;
        long bonusAccrued;
        long bonusRedeemed;

        void add(PosSales pos, BookedSales booked) {
            if (pos.reportsReceipts()) {
                takings += pos.takings;
                receipts += pos.receipts;
                discounts += pos.discounts;
                hours.addAll(pos.hours());
            } else {
                takings += booked.takings;
                receipts += booked.receipts;
                discounts += booked.discounts;
                hours.addAll(booked.hours());
            }
            deletions += pos.deletions;
            deletedAmount += pos.deletedAmount;
            bonusAccrued += booked.bonusAccrued;
            bonusRedeemed += booked.bonusRedeemed;
        }
    }
}
