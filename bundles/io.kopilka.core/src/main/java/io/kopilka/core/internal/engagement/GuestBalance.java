package io.kopilka.core.internal.engagement;

import javax.persistence.EntityManager;

/** Reads a guest's cached bonus balance inside a transaction, for the texts of notices. */
final class GuestBalance {

    private GuestBalance() {
    }

    static long bonus(EntityManager em, long guestId) {
        return em.createQuery("SELECT a.balance FROM AccountEntity a WHERE a.guestId = :g AND a.accountType = 'BONUS'",
                Long.class).setParameter("g", guestId).getResultStream().findFirst().orElse(0L);
    }
}
