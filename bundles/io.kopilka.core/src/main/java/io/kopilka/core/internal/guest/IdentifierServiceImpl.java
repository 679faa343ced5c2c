package io.kopilka.core.internal.guest;

import java.time.Instant;
import java.util.List;

import io.kopilka.api.AccessDeniedException;
import io.kopilka.api.ConflictException;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.guest.Identifier;
import io.kopilka.api.guest.IdentifierService;
import io.kopilka.api.guest.IdentifierStatus;
import io.kopilka.api.guest.IdentifierType;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.security.AuditWriter;
import io.kopilka.core.internal.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Adds, lists and blocks identifiers; a guest's PHONE identifier follows the profile's phone instead. */
@Component(service = IdentifierService.class)
public class IdentifierServiceImpl implements IdentifierService {

    private static final int GENERATION_ATTEMPTS = 5;

    private final Database db;

    @Activate
    public IdentifierServiceImpl(@Reference Database db) {
        this.db = db;
    }

    @Override
    public Identifier add(long organizationId, long guestId, IdentifierType type, String value, String actor) {
        if (type == IdentifierType.PHONE) {
            throw new InvalidInputException("type", "a guest's phone is set through the guest profile");
        }
        boolean generate = value == null && (type == IdentifierType.QR || type == IdentifierType.VIRTUAL);
        for (int attempt = 1;; attempt++) {
            String canonical = generate ? IdentifierValues.generate(type) : IdentifierValues.canonical(type, value);
            try {
                return db.tx(em -> {
                    GuestAccess.require(em, organizationId, guestId);
                    IdentifierEntity i = Identifiers.insert(em, organizationId, guestId, type, canonical,
                            Instant.now());
                    AuditWriter.write(em, organizationId, actor, "identifier.add", "guest:" + guestId,
                            type + " " + canonical);
                    return i.toApi();
                });
            } catch (ConflictException e) {
                if (!generate || attempt == GENERATION_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public List<Identifier> list(long organizationId, long guestId) {
        return db.read(em -> {
            GuestAccess.require(em, organizationId, guestId);
            return em.createQuery("SELECT i FROM IdentifierEntity i WHERE i.guestId = :g ORDER BY i.id",
                    IdentifierEntity.class).setParameter("g", guestId).getResultList().stream()
                    .map(IdentifierEntity::toApi).toList();
        });
    }

    @Override
    public Identifier block(long organizationId, long identifierId, String reason, String actor) {
        String checkedReason = Texts.optional(reason, "reason", 500);
        return db.tx(em -> {
            IdentifierEntity i = em.find(IdentifierEntity.class, identifierId);
            if (i == null) {
                throw new NotFoundException("identifierId", "no identifier " + identifierId);
            }
            if (i.organizationId != organizationId) {
                throw new AccessDeniedException("identifier " + identifierId + " belongs to another organization");
            }
            if (IdentifierStatus.ACTIVE.name().equals(i.status)) {
                i.status = IdentifierStatus.BLOCKED.name();
                i.blockedAt = Instant.now();
                i.blockReason = checkedReason;
                AuditWriter.write(em, organizationId, actor, "identifier.block", "identifier:" + i.id,
                        i.type + " " + i.value + (checkedReason == null ? "" : " reason=" + checkedReason));
            }
            return i.toApi();
        });
    }
}
