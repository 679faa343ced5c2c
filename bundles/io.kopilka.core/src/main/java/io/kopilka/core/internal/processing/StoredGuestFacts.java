package io.kopilka.core.internal.processing;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.EntityManager;

import io.kopilka.api.mechanic.GuestFacts;
import io.kopilka.core.internal.guest.GuestEntity;

/** A guest's facts for mechanics, from {@code guest_stats} and, for rolling windows, from the stored receipts. */
final class StoredGuestFacts implements GuestFacts {

    private final EntityManager em;
    private final GuestEntity guest;
    private final GuestStatsEntity stats;

    StoredGuestFacts(EntityManager em, GuestEntity guest) {
        this.em = em;
        this.guest = guest;
        GuestStatsEntity found = em.find(GuestStatsEntity.class, guest.id);
        this.stats = found != null ? found : new GuestStatsEntity();
    }

    @Override
    public long guestId() {
        return guest.id;
    }

    @Override
    public long purchases() {
        return stats.purchases;
    }

    @Override
    public long totalSpent() {
        return stats.totalSpent;
    }

    @Override
    public long spentSince(Instant from) {
        Number n = (Number) em.createNativeQuery("SELECT COALESCE(SUM(total_amount - discount_amount - refunded_amount),"
                + " 0) FROM receipt WHERE guest_id = ? AND receipt_time >= ? AND status = 'COMMITTED'")
                .setParameter(1, guest.id).setParameter(2, java.sql.Timestamp.from(from)).getSingleResult();
        return n.longValue();
    }

    @Override
    public Instant lastPurchase() {
        return stats.lastPurchase;
    }

    @Override
    public LocalDate birthDate() {
        return guest.birthDate;
    }
}
