package io.kopilka.core.internal.guest;

import javax.persistence.EntityManager;

import io.kopilka.api.AccessDeniedException;
import io.kopilka.api.NotFoundException;

/** Finds a guest for an organization: missing is 404, another organization's is 403. */
public final class GuestAccess {

    private GuestAccess() {
    }

    public static GuestEntity require(EntityManager em, long organizationId, long guestId) {
        GuestEntity g = em.find(GuestEntity.class, guestId);
        if (g == null) {
            throw new NotFoundException("guestId", "no guest " + guestId);
        }
        if (g.organizationId != organizationId) {
            throw new AccessDeniedException("guest " + guestId + " belongs to another organization");
        }
        return g;
    }
}
