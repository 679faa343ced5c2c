package io.kopilka.core.internal.org;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import io.kopilka.api.ConflictException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.org.Organization;
import io.kopilka.api.org.OrganizationService;
import io.kopilka.api.org.Terminal;
import io.kopilka.api.org.Venue;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.ledger.SystemAccounts;
import io.kopilka.core.internal.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Organizations, venues and terminals; a new organization gets its system ledger accounts at once. */
@Component(service = OrganizationService.class)
public class OrganizationServiceImpl implements OrganizationService {

    private final Database db;

    @Activate
    public OrganizationServiceImpl(@Reference Database db) {
        this.db = db;
    }

    @Override
    public Organization createOrganization(String name) {
        String checked = Texts.required(name, "name", 200);
        return db.tx(em -> {
            OrganizationEntity org = new OrganizationEntity();
            org.name = checked;
            org.createdAt = Instant.now();
            em.persist(org);
            em.flush();
            SystemAccounts.create(em, org.id);
            return org.toApi();
        });
    }

    @Override
    public Venue createVenue(long organizationId, String code, String name) {
        String checkedCode = Texts.required(code, "code", 64);
        String checkedName = Texts.required(name, "name", 200);
        return db.tx(em -> {
            requireOrganization(em, organizationId);
            if (findVenueByCode(em, organizationId, checkedCode).isPresent()) {
                throw new ConflictException(ConflictException.REASON_DUPLICATE, "code",
                        "venue code " + checkedCode + " is already used");
            }
            VenueEntity v = new VenueEntity();
            v.organizationId = organizationId;
            v.code = checkedCode;
            v.name = checkedName;
            em.persist(v);
            em.flush();
            return v.toApi();
        });
    }

    @Override
    public Terminal createTerminal(long venueId, String code, String name) {
        String checkedCode = Texts.required(code, "code", 64);
        String checkedName = Texts.required(name, "name", 200);
        return db.tx(em -> {
            if (em.find(VenueEntity.class, venueId) == null) {
                throw new NotFoundException("venueId", "no venue " + venueId);
            }
            boolean taken = !em.createQuery("SELECT t FROM TerminalEntity t WHERE t.venueId = :v AND t.code = :c",
                    TerminalEntity.class).setParameter("v", venueId).setParameter("c", checkedCode)
                    .getResultList().isEmpty();
            if (taken) {
                throw new ConflictException(ConflictException.REASON_DUPLICATE, "code",
                        "terminal code " + checkedCode + " is already used in this venue");
            }
            TerminalEntity t = new TerminalEntity();
            t.venueId = venueId;
            t.code = checkedCode;
            t.name = checkedName;
            em.persist(t);
            em.flush();
            return t.toApi();
        });
    }

    @Override
    public List<Organization> organizations() {
        return db.read(em -> em.createQuery("SELECT o FROM OrganizationEntity o ORDER BY o.id", OrganizationEntity.class)
                .getResultList().stream().map(OrganizationEntity::toApi).toList());
    }

    @Override
    public Optional<Organization> organization(long id) {
        return db.read(em -> Optional.ofNullable(em.find(OrganizationEntity.class, id)).map(OrganizationEntity::toApi));
    }

    @Override
    public List<Venue> venues(long organizationId) {
        return db.read(em -> em.createQuery("SELECT v FROM VenueEntity v WHERE v.organizationId = :o ORDER BY v.id",
                VenueEntity.class).setParameter("o", organizationId).getResultList().stream()
                .map(VenueEntity::toApi).toList());
    }

    @Override
    public Optional<Venue> venue(long venueId) {
        return db.read(em -> Optional.ofNullable(em.find(VenueEntity.class, venueId)).map(VenueEntity::toApi));
    }

    @Override
    public Optional<Venue> venueByCode(long organizationId, String code) {
        return db.read(em -> findVenueByCode(em, organizationId, code).map(VenueEntity::toApi));
    }

    @Override
    public List<Terminal> terminals(long venueId) {
        return db.read(em -> em.createQuery("SELECT t FROM TerminalEntity t WHERE t.venueId = :v ORDER BY t.id",
                TerminalEntity.class).setParameter("v", venueId).getResultList().stream()
                .map(TerminalEntity::toApi).toList());
    }

    @Override
    public Optional<Terminal> terminal(long terminalId) {
        return db.read(em -> Optional.ofNullable(em.find(TerminalEntity.class, terminalId)).map(TerminalEntity::toApi));
    }

    private static Optional<VenueEntity> findVenueByCode(EntityManager em, long organizationId, String code) {
        return em.createQuery("SELECT v FROM VenueEntity v WHERE v.organizationId = :o AND v.code = :c",
                VenueEntity.class).setParameter("o", organizationId).setParameter("c", code).getResultList().stream()
                .findFirst();
    }

    private static void requireOrganization(EntityManager em, long organizationId) {
        if (em.find(OrganizationEntity.class, organizationId) == null) {
            throw new NotFoundException("organizationId", "no organization " + organizationId);
        }
    }
}
