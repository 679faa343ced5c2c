package io.kopilka.core.internal.guest;

import java.sql.Connection;
import java.sql.SQLException;
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
        requireActive(i);
        return em.find(GuestEntity.class, i.guestId);
    }

    private static void requireActive(IdentifierEntity i) {
        if (!IdentifierStatus.ACTIVE.name().equals(i.status)) {
            throw new ConflictException(ConflictException.REASON_BLOCKED, "identifier",
                    "this " + i.type.toLowerCase(java.util.Locale.ROOT) + " is blocked");
        }
    }

    /**
     * The same as {@link #require(EntityManager, long, String)} in plain JDBC on {@code c}, in one query. The guest
     * returned is not managed by JPA.
     */
    public static GuestEntity require(Connection c, long organizationId, String value) throws SQLException {
        IdentifierRows.Found f = IdentifierRows.find(c, organizationId, value.strip())
                .orElseThrow(() -> new NotFoundException("identifier", "no guest has this identifier"));
        requireActive(f.identifier());
        return f.guest();
    }

    public static Optional<GuestEntity> byId(EntityManager em, Long guestId) {
        return guestId == null ? Optional.empty() : Optional.ofNullable(em.find(GuestEntity.class, guestId));
    }
}
