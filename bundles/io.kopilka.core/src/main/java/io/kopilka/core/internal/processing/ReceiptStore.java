package io.kopilka.core.internal.processing;

import java.util.List;

import javax.persistence.EntityManager;

import io.kopilka.api.ConflictException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.processing.PosContext;

/** Finds committed receipts through JPA, for refunds and cancels (commits write them with {@link ReceiptRows}). */
final class ReceiptStore {

    private ReceiptStore() {
    }

    static ReceiptEntity find(EntityManager em, long terminalId, String posReceiptId) {
        return em.createQuery("SELECT r FROM ReceiptEntity r WHERE r.terminalId = :t AND r.posReceiptId = :p",
                ReceiptEntity.class).setParameter("t", terminalId).setParameter("p", posReceiptId).getResultList()
                .stream().findFirst().orElse(null);
    }

    /** The receipt a refund names: this terminal's, else the venue's only receipt with that id. */
    static ReceiptEntity forRefund(EntityManager em, PosContext pos, String posReceiptId) {
        ReceiptEntity own = find(em, pos.terminalId(), posReceiptId);
        if (own != null) {
            return own;
        }
        List<ReceiptEntity> venue = em.createQuery("SELECT r FROM ReceiptEntity r WHERE r.venueId = :v "
                + "AND r.posReceiptId = :p", ReceiptEntity.class).setParameter("v", pos.venueId())
                .setParameter("p", posReceiptId).getResultList();
        if (venue.isEmpty()) {
            throw new NotFoundException("receiptId", "no committed receipt " + posReceiptId + " in this venue");
        }
        if (venue.size() > 1) {
            throw new ConflictException(ConflictException.REASON_DUPLICATE, "receiptId",
                    "several terminals of this venue have a receipt " + posReceiptId + "; refund it from its own");
        }
        return venue.get(0);
    }
}
