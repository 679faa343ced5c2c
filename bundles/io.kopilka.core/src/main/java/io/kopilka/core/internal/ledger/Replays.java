package io.kopilka.core.internal.ledger;

import java.util.List;

import javax.persistence.EntityManager;

import io.kopilka.api.ConflictException;

/** Finds the entry an idempotency key already produced, and refuses the key when the request differs. */
final class Replays {

    private Replays() {
    }

    /**
     * @return the earlier entry of this key with the same request, or {@code null} if the key is new
     * @throws ConflictException if the key was used for a different request
     */
    static EntryEntity find(EntityManager em, long organizationId, String key, String requestHash) {
        List<EntryEntity> found = em.createQuery(
                "SELECT e FROM EntryEntity e WHERE e.organizationId = :o AND e.idempotencyKey = :k", EntryEntity.class)
                .setParameter("o", organizationId).setParameter("k", key).getResultList();
        if (found.isEmpty()) {
            return null;
        }
        EntryEntity earlier = found.get(0);
        if (!earlier.requestHash.equals(requestHash)) {
            throw new ConflictException(ConflictException.REASON_IDEMPOTENCY, "idempotencyKey",
                    "this idempotency key was already used for a different request (entry " + earlier.id + ")");
        }
        return earlier;
    }
}
