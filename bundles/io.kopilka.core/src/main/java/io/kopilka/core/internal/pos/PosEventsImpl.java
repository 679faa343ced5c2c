package io.kopilka.core.internal.pos;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.TypedQuery;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.pos.PosEvent;
import io.kopilka.api.pos.PosEvents;
import io.kopilka.core.internal.alerts.AlertDispatcher;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.program.Json;
import io.kopilka.core.internal.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * POS events: stored once per organization, vendor and dedupe key (the database's unique constraint decides, so two
 * nodes receiving the same notification store it once), then posted on EventAdmin after the transaction commits.
 * A new event's staff-chat alerts are queued in the transaction that stores it ({@link AlertDispatcher}).
 */
@Component(service = PosEvents.class)
public class PosEventsImpl implements PosEvents {

    private final Database db;
    private final AlertDispatcher alerts;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** Without alerts. */
    public PosEventsImpl(Database db) {
        this(db, null);
    }

    @Activate
    public PosEventsImpl(@Reference Database db, @Reference AlertDispatcher alerts) {
        this.db = db;
        this.alerts = alerts;
    }

    @Override
    public boolean publish(PosEvent e) {
        String kind = Texts.required(e.kind(), "kind", 64);
        if (!kind.matches("[A-Z][A-Z0-9_]*")) {
            throw new InvalidInputException("kind", "must be an upper-case constant name");
        }
        String key = Texts.required(e.dedupeKey(), "dedupeKey", 200);
        boolean stored = db.tx(em -> {
            boolean seen = !em.createQuery("SELECT p.id FROM PosEventEntity p WHERE p.organizationId = :o "
                    + "AND p.vendor = :v AND p.dedupeKey = :k", Long.class).setParameter("o", e.organizationId())
                    .setParameter("v", e.vendor()).setParameter("k", key).getResultList().isEmpty();
            if (seen) {
                return false;
            }
            PosEventEntity row = entity(e, kind, key);
            em.persist(row);
            if (alerts != null) {
                alerts.dispatch(em, toApi(row));
            }
            return true;
        });
        EventAdmin admin = events;
        if (stored && admin != null) {
            admin.postEvent(new Event(TOPIC_PREFIX + kind, properties(e)));
        }
        return stored;
    }

    @Override
    public List<PosEvent> since(long organizationId, Long venueId, Instant from, int limit) {
        return db.read(em -> {
            TypedQuery<PosEventEntity> q = em.createQuery("SELECT p FROM PosEventEntity p WHERE p.organizationId = :o "
                    + (venueId == null ? "" : "AND p.venueId = :v ") + "AND p.at >= :f ORDER BY p.at, p.id",
                    PosEventEntity.class).setParameter("o", organizationId).setParameter("f", from);
            if (venueId != null) {
                q.setParameter("v", venueId);
            }
            return q.setMaxResults(Math.max(1, Math.min(limit, 10_000))).getResultList().stream()
                    .map(PosEventsImpl::toApi).toList();
        });
    }

    void setEvents(EventAdmin events) {
        this.events = events;
    }

    private static PosEventEntity entity(PosEvent e, String kind, String key) {
        PosEventEntity p = new PosEventEntity();
        p.organizationId = e.organizationId();
        p.venueId = e.venueId();
        p.terminalId = e.terminalId();
        p.vendor = Texts.required(e.vendor(), "vendor", 32);
        p.kind = kind;
        p.dedupeKey = key;
        p.at = e.at() == null ? Instant.now() : e.at();
        p.employee = Texts.optional(e.employee(), "employee", 200);
        p.orderId = Texts.optional(e.orderId(), "orderId", 128);
        p.receiptId = Texts.optional(e.receiptId(), "receiptId", 128);
        p.amount = e.amount();
        p.detailsJson = Json.write(e.details());
        p.createdAt = Instant.now();
        return p;
    }

    @SuppressWarnings("unchecked")
    private static PosEvent toApi(PosEventEntity p) {
        return new PosEvent(p.vendor, p.organizationId, p.venueId, p.terminalId, p.kind, p.dedupeKey, p.at,
                p.employee, p.orderId, p.receiptId, p.amount, Json.read(p.detailsJson, Map.class));
    }

    private static Map<String, Object> properties(PosEvent e) {
        Map<String, Object> props = new HashMap<>();
        props.put("vendor", e.vendor());
        props.put("organizationId", e.organizationId());
        props.put("venueId", e.venueId());
        if (e.terminalId() != null) {
            props.put("terminalId", e.terminalId());
        }
        props.put("kind", e.kind());
        props.put("at", String.valueOf(e.at()));
        props.put("amount", e.amount());
        putIfSet(props, "employee", e.employee());
        putIfSet(props, "orderId", e.orderId());
        putIfSet(props, "receiptId", e.receiptId());
        props.put("details", e.details());
        return props;
    }

    private static void putIfSet(Map<String, Object> props, String key, String value) {
        if (value != null) {
            props.put(key, value);
        }
    }
}
