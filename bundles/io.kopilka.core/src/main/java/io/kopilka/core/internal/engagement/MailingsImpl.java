package io.kopilka.core.internal.engagement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.messaging.Mailing;
import io.kopilka.api.messaging.Mailings;
import io.kopilka.api.messaging.Message;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.messaging.OutboxImpl;
import io.kopilka.core.internal.messaging.OutboxSender;
import io.kopilka.core.internal.security.AuditWriter;
import io.kopilka.core.internal.text.Texts;

/**
 * Mailings: the mailing is recorded first, then its messages are queued in transactions of {@value #BATCH} guests
 * (each message keyed by mailing, guest and address, so nothing is queued twice), and delivery is counted from the
 * outbox. {@code {name}} in the text becomes the guest's name.
 */
@Component(service = {Mailings.class, MailingsImpl.class})
public class MailingsImpl implements Mailings {

    static final int BATCH = 500;
    private static final int MAX_LISTED_GUESTS = 10_000;

    private final Database db;
    private final OutboxImpl outbox;
    private final OutboxSender sender;
    private final Clock clock;

    @Activate
    public MailingsImpl(@Reference Database db, @Reference OutboxImpl outbox, @Reference OutboxSender sender) {
        this(db, outbox, sender, Clock.systemUTC());
    }

    public MailingsImpl(Database db, OutboxImpl outbox, OutboxSender sender, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public Mailing send(long organizationId, String text, List<Long> guestIds, String actor) {
        String body = Texts.required(text, "text", 4000);
        if (guestIds != null && (guestIds.size() > MAX_LISTED_GUESTS || guestIds.stream().anyMatch(java.util.Objects::isNull))) {
            throw new InvalidInputException("guestIds", "must list at most " + MAX_LISTED_GUESTS + " guest ids");
        }
        Set<String> channels = sender.installedChannels();
        long id = db.tx(em -> {
            MailingEntity m = new MailingEntity();
            m.organizationId = organizationId;
            m.text = body;
            m.createdAt = clock.instant();
            m.createdBy = actor;
            em.persist(m);
            em.flush();
            AuditWriter.write(em, organizationId, actor, "mailing.send", "mailing:" + m.id, null);
            return m.id;
        });
        int[] counts = guestIds == null ? queueAll(organizationId, id, body, channels)
                : queueListed(organizationId, id, body, new ArrayList<>(new LinkedHashSet<>(guestIds)), channels);
        db.tx(em -> {
            MailingEntity m = em.find(MailingEntity.class, id);
            m.recipients = counts[0];
            m.skipped = counts[1];
            return null;
        });
        return get(organizationId, id);
    }

    @Override
    public Mailing get(long organizationId, long mailingId) {
        return db.read(em -> {
            MailingEntity m = em.find(MailingEntity.class, mailingId);
            if (m == null || m.organizationId != organizationId) {
                throw new NotFoundException("mailingId", "no mailing " + mailingId);
            }
            return toApi(em, m);
        });
    }

    @Override
    public List<Mailing> list(long organizationId, int limit) {
        return db.read(em -> em.createQuery("SELECT m FROM MailingEntity m WHERE m.organizationId = :o "
                + "ORDER BY m.id DESC", MailingEntity.class).setParameter("o", organizationId)
                .setMaxResults(Math.max(1, Math.min(limit, 200))).getResultList().stream()
                .map(m -> toApi(em, m)).toList());
    }

    static String keyPrefix(long mailingId) {
        return "mailing:" + mailingId + ":";
    }

    /** Queues for every consenting guest; returns {messages, guests skipped for lack of an address}. */
    private int[] queueAll(long organizationId, long id, String body, Set<String> channels) {
        int[] counts = new int[2];
        long after = 0;
        List<Long> batch;
        do {
            long from = after;
            batch = db.read(em -> MailingAudience.consenting(em, organizationId, from, BATCH));
            add(counts, queue(organizationId, id, body, batch, channels));
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1);
        } while (batch.size() == BATCH);
        return counts;
    }

    private int[] queueListed(long organizationId, long id, String body, List<Long> guestIds, Set<String> channels) {
        int[] counts = new int[2];
        for (int i = 0; i < guestIds.size(); i += BATCH) {
            List<Long> slice = guestIds.subList(i, Math.min(guestIds.size(), i + BATCH));
            List<Long> consenting = db.read(em -> MailingAudience.consentingAmong(em, organizationId, slice));
            add(counts, queue(organizationId, id, body, consenting, channels));
            counts[1] += slice.size() - consenting.size();
        }
        return counts;
    }

    private int[] queue(long organizationId, long id, String body, List<Long> guests, Set<String> channels) {
        return db.tx(em -> {
            int[] counts = new int[2];
            for (Long guest : guests) {
                List<Message> messages = MailingAudience.messages(em, organizationId, guest, id, body, channels);
                messages.forEach(m -> outbox.enqueueIn(em, organizationId, m));
                counts[0] += messages.size();
                counts[1] += messages.isEmpty() ? 1 : 0;
            }
            return counts;
        });
    }

    private static void add(int[] total, int[] part) {
        total[0] += part[0];
        total[1] += part[1];
    }

    private static Mailing toApi(EntityManager em, MailingEntity m) {
        Map<String, Integer> byStatus = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT o.status, COUNT(o) FROM OutboxEntity o WHERE o.organizationId = :o "
                + "AND o.dedupeKey LIKE :k GROUP BY o.status", Object[].class).setParameter("o", m.organizationId)
                .setParameter("k", keyPrefix(m.id) + "%").getResultList()) {
            byStatus.put((String) row[0], ((Number) row[1]).intValue());
        }
        int pending = byStatus.getOrDefault("PENDING", 0) + byStatus.getOrDefault("SENDING", 0);
        return new Mailing(m.id, m.organizationId, m.text, m.createdAt, m.createdBy, m.recipients, m.skipped,
                byStatus.getOrDefault("SENT", 0), byStatus.getOrDefault("FAILED", 0), pending);
    }
}
