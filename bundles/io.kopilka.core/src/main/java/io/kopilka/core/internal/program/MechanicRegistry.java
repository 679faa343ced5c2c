package io.kopilka.core.internal.program;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.kopilka.api.mechanic.Mechanic;
import io.kopilka.api.program.MechanicInfo;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mechanics installed now, by id: follows mechanic bundles coming and going, so that installing a mechanic's
 * feature makes its programs work at once and uninstalling it takes them out of processing.
 */
@Component(service = MechanicRegistry.class)
public class MechanicRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(MechanicRegistry.class);

    private final Map<String, Mechanic> mechanics = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeMechanic")
    public void addMechanic(Mechanic mechanic, Map<String, Object> properties) {
        String id = id(properties);
        if (id == null) {
            LOG.warn("Ignoring a mechanic without the {} property: {}", Mechanic.ID_PROPERTY, mechanic);
            return;
        }
        mechanics.put(id, mechanic);
        LOG.info("Mechanic {} installed", id);
    }

    public void removeMechanic(Mechanic mechanic, Map<String, Object> properties) {
        String id = id(properties);
        if (id != null && mechanics.remove(id, mechanic)) {
            LOG.info("Mechanic {} removed; its programs are inactive until it is back", id);
        }
    }

    public Optional<Mechanic> get(String id) {
        return Optional.ofNullable(mechanics.get(id));
    }

    public List<MechanicInfo> all() {
        return mechanics.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new MechanicInfo(e.getKey(), e.getValue().schema())).toList();
    }

    private static String id(Map<String, Object> properties) {
        Object id = properties.get(Mechanic.ID_PROPERTY);
        return id == null ? null : id.toString();
    }
}
