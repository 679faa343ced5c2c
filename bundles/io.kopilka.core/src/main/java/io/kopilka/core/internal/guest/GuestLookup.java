package io.kopilka.core.internal.guest;

import java.util.Optional;

import javax.persistence.EntityManager;

import io.kopilka.api.ConflictException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.guest.IdentifierStatus;

/** Finds the guest of an identifier value inside a caller's transaction (for receipt processing). */
public final class GuestLookup {

    private GuestLookup() {
    }

    /**
     * @throws NotFoundException if no guest has the identifier
     * @throws ConflictException if the identifier is blocked
     */
    public static GuestEntity require(EntityManager em, long organizationId, String value) {
        IdentifierEntity i = Identifiers.find(em, organizationId, value.strip())
                .orElseThrow(() -> new NotFoundException("identifier", "no guest has this identifier"));
        if (!IdentifierStatus.ACTIVE.name().equals(i.status)) {
            throw new ConflictException(ConflictException.REASON_BLOCKED, "identifier",
                    "this " + i.type.toLowerCase(java.util.Locale.ROOT) + " is blocked");
        }
        return em.find(GuestEntity.class, i.guestId);
    }

    public static Optional<GuestEntity> byId(EntityManager em, Long guestId) {
        return guestId == null ? Optional.empty() : Optional.ofNullable(em.find(GuestEntity.class, guestId));
    }
}
