package io.kopilka.core.internal.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import io.kopilka.api.guest.GuestOverview;
import io.kopilka.core.internal.db.Database;

/** The reads behind a guest overview: card, balances from the lots, expiring points, last purchases. */
final class OverviewQueries {

    static final Duration EXPIRY_HORIZON = Duration.ofDays(90);

    private OverviewQueries() {
    }

    /** The guest's active card number, else active virtual card. */
    static Optional<String> card(Database db, long organizationId, long guestId) {
        return db.read(em -> em.createQuery("SELECT i.value, i.type FROM IdentifierEntity i WHERE i.guestId = :g "
                + "AND i.organizationId = :o AND i.status = 'ACTIVE' AND i.type IN ('CARD', 'VIRTUAL') "
                + "ORDER BY i.type, i.id DESC", Object[].class).setParameter("g", guestId)
                .setParameter("o", organizationId).getResultStream().map(r -> (String) r[0]).findFirst());
    }

    /** {available bonus, pending bonus, deposit}. */
    static long[] balances(EntityManager em, long guestId, Instant now) {
        Object[] lots = em.createQuery("SELECT SUM(CASE WHEN l.activatesAt <= :now THEN l.remaining ELSE 0 END), "
                + "SUM(CASE WHEN l.activatesAt > :now THEN l.remaining ELSE 0 END) FROM LotEntity l, AccountEntity a "
                + "WHERE a.id = l.accountId AND a.guestId = :g AND l.remaining > 0 "
                + "AND (l.expiresAt IS NULL OR l.expiresAt > :now)", Object[].class).setParameter("now", now)
                .setParameter("g", guestId).getSingleResult();
        long deposit = em.createQuery("SELECT a.balance FROM AccountEntity a WHERE a.guestId = :g "
                + "AND a.accountType = 'DEPOSIT'", Long.class).setParameter("g", guestId).getResultStream()
                .findFirst().orElse(0L);
        return new long[] {number(lots[0]), number(lots[1]), deposit};
    }

    /** Points expiring within {@link #EXPIRY_HORIZON}, by moment, soonest first. */
    static List<GuestOverview.Expiring> expiring(EntityManager em, long guestId, Instant now) {
        return em.createQuery("SELECT l.expiresAt, SUM(l.remaining) FROM LotEntity l, AccountEntity a "
                + "WHERE a.id = l.accountId AND a.guestId = :g AND l.remaining > 0 AND l.expiresAt > :now "
                + "AND l.expiresAt <= :until GROUP BY l.expiresAt ORDER BY l.expiresAt", Object[].class)
                .setParameter("g", guestId).setParameter("now", now).setParameter("until", now.plus(EXPIRY_HORIZON))
                .setMaxResults(10).getResultList().stream()
                .map(r -> new GuestOverview.Expiring(number(r[1]), (Instant) r[0])).toList();
    }

    static List<GuestOverview.Purchase> purchases(EntityManager em, long organizationId, long guestId, int limit) {
        if (limit == 0) {
            return List.of();
        }
        return em.createQuery("SELECT r.id, r.time, v.name, r.total, r.discount, r.accrual, r.redemption "
                + "FROM ReceiptEntity r, VenueEntity v WHERE v.id = r.venueId AND r.guestId = :g "
                + "AND r.organizationId = :o AND r.status = 'COMMITTED' ORDER BY r.time DESC, r.id DESC",
                Object[].class).setParameter("g", guestId).setParameter("o", organizationId).setMaxResults(limit)
                .getResultList().stream().map(r -> new GuestOverview.Purchase((Long) r[0], (Instant) r[1],
                        (String) r[2], number(r[3]) - number(r[4]), number(r[5]), number(r[6]))).toList();
    }

    /** The venue of the guest's last purchase, else the organization's first venue; {@code null} without venues. */
    static Long usualVenue(EntityManager em, long organizationId, long guestId) {
        return em.createQuery("SELECT r.venueId FROM ReceiptEntity r WHERE r.guestId = :g ORDER BY r.id DESC",
                Long.class).setParameter("g", guestId).setMaxResults(1).getResultStream().findFirst()
                .orElseGet(() -> em.createQuery("SELECT v.id FROM VenueEntity v WHERE v.organizationId = :o "
                        + "ORDER BY v.id", Long.class).setParameter("o", organizationId).setMaxResults(1)
                        .getResultStream().findFirst().orElse(null));
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
