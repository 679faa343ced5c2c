package io.kopilka.core.internal.alerts;

import java.time.Duration;
import java.time.Instant;

import javax.persistence.EntityManager;

import io.kopilka.api.pos.PosEvent;

/**
 * Where a shift that just closed began: at the venue's previous {@code SHIFT_CLOSED} event, or, for the first close
 * Kopilka hears of, {@value #FIRST_SHIFT_HOURS} hours before this one. Not the start of the local day: r_keeper's
 * close arrives with the first message of the next shift, often after midnight or the next morning, and the start of
 * that day would leave most of the shift out. The shift is {@code [start, close)}, so what the next shift's first
 * message reported together with the close belongs to the next shift.
 */
final class ShiftWindow {

    static final String SHIFT_CLOSED = "SHIFT_CLOSED";
    static final int FIRST_SHIFT_HOURS = 24;

    private ShiftWindow() {
    }

    static Instant start(EntityManager em, PosEvent close) {
        return em.createQuery("SELECT p.at FROM PosEventEntity p WHERE p.organizationId = :o AND p.venueId = :v "
                + "AND p.kind = :k AND p.at < :t ORDER BY p.at DESC", Instant.class)
                .setParameter("o", close.organizationId()).setParameter("v", close.venueId())
                .setParameter("k", SHIFT_CLOSED).setParameter("t", close.at()).setMaxResults(1).getResultStream()
                .findFirst().orElse(close.at().minus(Duration.ofHours(FIRST_SHIFT_HOURS)));
    }
}
