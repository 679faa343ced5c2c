package io.kopilka.core.internal.guest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import io.kopilka.api.ConflictException;
import io.kopilka.api.guest.IdentifierStatus;
import io.kopilka.api.guest.IdentifierType;
import io.kopilka.api.guest.PhoneNumbers;

/** Identifier rows inside a transaction: insertion with the uniqueness check, the phone's follow-up, lookup by value. */
final class Identifiers {

    private Identifiers() {
    }

    static IdentifierEntity insert(EntityManager em, long organizationId, long guestId, IdentifierType type,
            String value, Instant now) {
        requireFree(em, organizationId, value);
        IdentifierEntity i = new IdentifierEntity();
        i.organizationId = organizationId;
        i.guestId = guestId;
        i.type = type.name();
        i.value = value;
        i.status = IdentifierStatus.ACTIVE.name();
        i.createdAt = now;
        em.persist(i);
        em.flush();
        return i;
    }

    /** Keeps a guest's PHONE identifier equal to the profile's phone. */
    static void replacePhone(EntityManager em, long organizationId, long guestId, String oldPhone, String newPhone,
            Instant now) {
        if (oldPhone != null) {
            em.createQuery("DELETE FROM IdentifierEntity i WHERE i.guestId = :g AND i.type = 'PHONE' AND i.value = :v")
                    .setParameter("g", guestId).setParameter("v", oldPhone).executeUpdate();
        }
        if (newPhone != null) {
            insert(em, organizationId, guestId, IdentifierType.PHONE, newPhone, now);
        }
    }

    static void requireFree(EntityManager em, long organizationId, String value) {
        if (byValue(em, organizationId, value).isPresent()) {
            throw new ConflictException(ConflictException.REASON_DUPLICATE, "value",
                    "identifier " + value + " is already taken in this organization");
        }
    }

    /** By the exact value, then as a card number without leading zeros, then as a phone in any accepted form. */
    static Optional<IdentifierEntity> find(EntityManager em, long organizationId, String value) {
        Optional<IdentifierEntity> exact = byValue(em, organizationId, value);
        if (exact.isPresent()) {
            return exact;
        }
        String card = IdentifierValues.asCardNumber(value);
        if (card != null && !card.equals(value)) {
            Optional<IdentifierEntity> asCard = byValue(em, organizationId, card);
            if (asCard.isPresent()) {
                return asCard;
            }
        }
        return PhoneNumbers.isPhone(value) ? byValue(em, organizationId, PhoneNumbers.normalize(value, "value"))
                : Optional.empty();
    }

    private static Optional<IdentifierEntity> byValue(EntityManager em, long organizationId, String value) {
        List<IdentifierEntity> found = em.createQuery(
                "SELECT i FROM IdentifierEntity i WHERE i.organizationId = :o AND i.value = :v", IdentifierEntity.class)
                .setParameter("o", organizationId).setParameter("v", value).getResultList();
        return found.stream().findFirst();
    }
}
