package io.kopilka.core.internal.messaging;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import io.kopilka.api.messaging.Message;
import io.kopilka.api.messaging.Outbox;
import io.kopilka.api.messaging.OutboxEntry;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.program.Json;
import io.kopilka.core.internal.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The outbox's store: a message is written once per organization and dedupe key, in its own transaction or (through
 * {@link #enqueueIn}) in the transaction of its cause, so that a purchase and its thank-you commit together.
 */
@Component(service = {Outbox.class, OutboxImpl.class})
public class OutboxImpl implements Outbox {

    private final Database db;
    private final Clock clock;

    @Activate
    public OutboxImpl(@Reference Database db) {
        this(db, Clock.systemUTC());
    }

    public OutboxImpl(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public OutboxEntry enqueue(long organizationId, Message message) {
        return db.tx(em -> enqueueIn(em, organizationId, message));
    }

    /** Stores a message inside the caller's transaction. */
    public OutboxEntry enqueueIn(EntityManager em, long organizationId, Message m) {
        String channel = Texts.required(m.channel(), "channel", 32);
        String address = Texts.required(m.address(), "address", 500);
        String key = Texts.required(m.dedupeKey(), "dedupeKey", 200);
        List<OutboxEntity> known = em.createQuery("SELECT o FROM OutboxEntity o WHERE o.organizationId = :o "
                + "AND o.dedupeKey = :k", OutboxEntity.class).setParameter("o", organizationId).setParameter("k", key)
                .getResultList();
        if (!known.isEmpty()) {
            return known.get(0).toApi();
        }
        OutboxEntity o = new OutboxEntity();
        o.organizationId = organizationId;
        o.channel = channel;
        o.address = address;
        o.subject = Texts.optional(m.subject(), "subject", 300);
        o.body = m.text() == null ? "" : m.text();
        o.buttonsJson = m.buttons().isEmpty() ? null : Json.write(m.buttons());
        o.image = m.image();
        o.dedupeKey = key;
        o.status = OutboxEntry.Status.PENDING.name();
        o.nextAttemptAt = clock.instant();
        o.createdAt = clock.instant();
        em.persist(o);
        em.flush();
        return o.toApi();
    }

    @Override
    public Optional<OutboxEntry> get(long organizationId, long id) {
        return db.read(em -> Optional.ofNullable(em.find(OutboxEntity.class, id))
                .filter(o -> o.organizationId == organizationId).map(OutboxEntity::toApi));
    }

    @Override
    public List<OutboxEntry> recent(long organizationId, int limit) {
        return db.read(em -> em.createQuery("SELECT o FROM OutboxEntity o WHERE o.organizationId = :o "
                + "ORDER BY o.id DESC", OutboxEntity.class).setParameter("o", organizationId)
                .setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList().stream()
                .map(OutboxEntity::toApi).toList());
    }
}
