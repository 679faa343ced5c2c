package io.kopilka.core.internal.program;

import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;

import io.kopilka.api.AccessDeniedException;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.mechanic.Mechanic;
import io.kopilka.api.mechanic.Parameters;
import io.kopilka.api.program.MechanicInfo;
import io.kopilka.api.program.Program;
import io.kopilka.api.program.ProgramDefinition;
import io.kopilka.api.program.ProgramService;
import io.kopilka.api.program.ProgramStatus;
import io.kopilka.api.program.ProgramVersion;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.org.VenueEntity;
import io.kopilka.core.internal.security.AuditWriter;
import io.kopilka.core.internal.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Programs: validated against their mechanic's schema, versioned on every change, audited. */
@Component(service = ProgramService.class)
public class ProgramServiceImpl implements ProgramService {

    private final Database db;
    private final MechanicRegistry mechanics;
    private final ActivePrograms activePrograms;

    @Activate
    public ProgramServiceImpl(@Reference Database db, @Reference MechanicRegistry mechanics,
            @Reference ActivePrograms activePrograms) {
        this.db = db;
        this.mechanics = mechanics;
        this.activePrograms = activePrograms;
    }

    @Override
    public Program create(long organizationId, ProgramDefinition definition, String actor) {
        ProgramDefinition checked = check(definition);
        return changed(organizationId, db.tx(em -> {
            checkVenues(em, organizationId, checked);
            Instant now = Instant.now();
            ProgramEntity p = new ProgramEntity();
            p.organizationId = organizationId;
            p.createdAt = now;
            p.active = 1;
            apply(p, checked, 1, now);
            em.persist(p);
            em.flush();
            addVersion(em, p, actor, now);
            AuditWriter.write(em, organizationId, actor, "program.create", "program:" + p.id, checked.name());
            return toApi(p);
        }));
    }

    @Override
    public Program update(long organizationId, long programId, ProgramDefinition definition, String actor) {
        ProgramDefinition checked = check(definition);
        return changed(organizationId, db.tx(em -> {
            ProgramEntity p = require(em, organizationId, programId);
            if (!p.mechanic.equals(checked.mechanic())) {
                throw new InvalidInputException("mechanic", "a program's mechanic cannot change; create a new program");
            }
            checkVenues(em, organizationId, checked);
            Instant now = Instant.now();
            apply(p, checked, p.version + 1, now);
            addVersion(em, p, actor, now);
            AuditWriter.write(em, organizationId, actor, "program.update", "program:" + p.id, "version " + p.version);
            return toApi(p);
        }));
    }

    @Override
    public Program setActive(long organizationId, long programId, boolean active, String actor) {
        return changed(organizationId, db.tx(em -> {
            ProgramEntity p = require(em, organizationId, programId);
            p.active = (short) (active ? 1 : 0);
            p.updatedAt = Instant.now();
            AuditWriter.write(em, organizationId, actor, active ? "program.activate" : "program.deactivate",
                    "program:" + p.id, null);
            return toApi(p);
        }));
    }

    /** Makes the next receipt of the organization read its programs again. */
    private Program changed(long organizationId, Program program) {
        activePrograms.invalidate(organizationId);
        return program;
    }

    @Override
    public Program get(long organizationId, long programId) {
        return db.read(em -> toApi(require(em, organizationId, programId)));
    }

    @Override
    public List<Program> list(long organizationId) {
        return db.read(em -> em.createQuery("SELECT p FROM ProgramEntity p WHERE p.organizationId = :o ORDER BY p.id",
                ProgramEntity.class).setParameter("o", organizationId).getResultList().stream().map(this::toApi)
                .toList());
    }

    @Override
    public List<ProgramVersion> versions(long organizationId, long programId) {
        return db.read(em -> {
            require(em, organizationId, programId);
            return em.createQuery("SELECT v FROM ProgramVersionEntity v WHERE v.programId = :p ORDER BY v.version",
                    ProgramVersionEntity.class).setParameter("p", programId).getResultList().stream()
                    .map(v -> new ProgramVersion(v.programId, v.version,
                            Json.read(v.definitionJson, ProgramDefinition.class), v.author, v.createdAt))
                    .toList();
        });
    }

    @Override
    public List<MechanicInfo> mechanics() {
        return mechanics.all();
    }

    private ProgramDefinition check(ProgramDefinition d) {
        if (d == null) {
            throw new InvalidInputException(null, "a program definition is required");
        }
        String mechanicId = Texts.required(d.mechanic(), "mechanic", 64);
        Mechanic mechanic = mechanics.get(mechanicId).orElseThrow(() -> new InvalidInputException("mechanic",
                "mechanic '" + mechanicId + "' is not installed; installed: "
                        + mechanics.all().stream().map(MechanicInfo::id).toList()));
        String name = Texts.required(d.name(), "name", 200);
        if (d.validFrom() != null && d.validTo() != null && !d.validTo().isAfter(d.validFrom())) {
            throw new InvalidInputException("validTo", "must be after validFrom");
        }
        Parameters parameters = ParameterValidator.validate(mechanic.schema(), d.parameters(), "parameters");
        try {
            mechanic.validate(parameters);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.field() == null ? "parameters" : "parameters." + e.field(),
                    e.getMessage());
        } catch (RuntimeException e) {
            throw new InvalidInputException("parameters", "the " + mechanicId + " mechanic cannot read them: "
                    + e.getMessage());
        }
        return new ProgramDefinition(mechanicId, name, d.priority(), d.exclusive(), d.validFrom(), d.validTo(),
                d.venueIds(), d.filter(), d.parameters());
    }

    private static void checkVenues(EntityManager em, long organizationId, ProgramDefinition d) {
        for (int i = 0; i < d.venueIds().size(); i++) {
            VenueEntity v = em.find(VenueEntity.class, d.venueIds().get(i));
            if (v == null || v.organizationId != organizationId) {
                throw new InvalidInputException("venueIds[" + i + "]", "no such venue in this organization");
            }
        }
    }

    private static void apply(ProgramEntity p, ProgramDefinition d, int version, Instant now) {
        p.mechanic = d.mechanic();
        p.name = d.name();
        p.version = version;
        p.definitionJson = Json.write(d);
        p.updatedAt = now;
    }

    private static void addVersion(EntityManager em, ProgramEntity p, String actor, Instant now) {
        ProgramVersionEntity v = new ProgramVersionEntity();
        v.programId = p.id;
        v.version = p.version;
        v.definitionJson = p.definitionJson;
        v.author = actor == null ? "system" : actor;
        v.createdAt = now;
        em.persist(v);
    }

    static ProgramEntity require(EntityManager em, long organizationId, long programId) {
        ProgramEntity p = em.find(ProgramEntity.class, programId);
        if (p == null) {
            throw new NotFoundException("id", "no program " + programId);
        }
        if (p.organizationId != organizationId) {
            throw new AccessDeniedException("program " + programId + " belongs to another organization");
        }
        return p;
    }

    private Program toApi(ProgramEntity p) {
        ProgramStatus status = p.active == 0 ? ProgramStatus.INACTIVE
                : mechanics.get(p.mechanic).isPresent() ? ProgramStatus.ACTIVE : ProgramStatus.MECHANIC_MISSING;
        return new Program(p.id, p.organizationId, p.version, p.active != 0, status,
                Json.read(p.definitionJson, ProgramDefinition.class), p.createdAt, p.updatedAt);
    }
}
