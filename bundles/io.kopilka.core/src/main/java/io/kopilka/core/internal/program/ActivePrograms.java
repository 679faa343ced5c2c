package io.kopilka.core.internal.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.mechanic.Mechanic;
import io.kopilka.api.mechanic.Parameters;
import io.kopilka.api.mechanic.ProgramInstance;
import io.kopilka.api.program.ProgramDefinition;
import io.kopilka.core.internal.db.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The programs that apply to a receipt: active, valid at its time, for its venue, with their mechanic installed;
 * highest priority first. An organization's active programs are read once and kept ({@link ProgramCache}): a change
 * on this node drops them at once, a change made by another node sharing the database is seen within
 * {@link ProgramCache#TTL_MILLIS}. Parsed definitions are kept per program version, which never changes.
 */
@Component(service = ActivePrograms.class)
public class ActivePrograms {

    private static final Logger LOG = LoggerFactory.getLogger(ActivePrograms.class);

    private final MechanicRegistry mechanics;
    private final ProgramCache cache;
    private final Map<String, ProgramDefinition> parsed = new ConcurrentHashMap<>();
    private final Map<ParametersKey, Parameters> validated = new ConcurrentHashMap<>();

    /** Parameters are validated once per program version and mechanic instance (a reinstalled mechanic is new). */
    private record ParametersKey(long programId, int version, Mechanic mechanic) {
    }

    @Activate
    public ActivePrograms(@Reference MechanicRegistry mechanics, @Reference Database db) {
        this.mechanics = mechanics;
        this.cache = new ProgramCache(organizationId -> db.read(em -> em.createQuery(
                "SELECT p FROM ProgramEntity p WHERE p.organizationId = :o AND p.active = 1", ProgramEntity.class)
                .setParameter("o", organizationId).getResultList()));
    }

    /** A program ready to evaluate. */
    public record Loaded(ProgramInstance instance, ProgramDefinition definition, Mechanic mechanic) {
    }

    /** Forgets what is kept of an organization's programs; call it after a change has been committed. */
    public void invalidate(long organizationId) {
        cache.invalidate(organizationId);
    }

    public List<Loaded> forReceipt(long organizationId, long venueId, Instant time) {
        List<Loaded> result = new ArrayList<>();
        for (ProgramEntity p : cache.get(organizationId)) {
            ProgramDefinition d = parsed.computeIfAbsent(p.id + "/" + p.version,
                    k -> Json.read(p.definitionJson, ProgramDefinition.class));
            Mechanic mechanic = mechanics.get(p.mechanic).orElse(null);
            if (mechanic == null || !applies(d, venueId, time)) {
                continue;
            }
            try {
                Parameters parameters = validated.computeIfAbsent(new ParametersKey(p.id, p.version, mechanic),
                        k -> ParameterValidator.validate(mechanic.schema(), d.parameters(), "parameters"));
                result.add(new Loaded(new ProgramInstance(p.id, p.version, p.name, parameters), d, mechanic));
            } catch (InvalidInputException e) {
                LOG.warn("Program {} no longer fits mechanic {} ({}: {}); skipped until it is updated", p.id,
                        p.mechanic, e.field(), e.getMessage());
            }
        }
        result.sort(Comparator.comparingInt((Loaded l) -> -l.definition().priority())
                .thenComparingLong(l -> l.instance().id()));
        return result;
    }

    private static boolean applies(ProgramDefinition d, long venueId, Instant time) {
        return (d.venueIds().isEmpty() || d.venueIds().contains(venueId))
                && (d.validFrom() == null || !time.isBefore(d.validFrom()))
                && (d.validTo() == null || time.isBefore(d.validTo()));
    }
}
