package io.kopilka.core.internal.engagement;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.messaging.WebhookEvent;
import io.kopilka.api.messaging.WebhookSubscription;
import io.kopilka.api.messaging.WebhookSubscriptions;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.security.AuditWriter;
import io.kopilka.core.internal.security.Secrets;
import io.kopilka.core.internal.text.Texts;

/**
 * Webhook subscriptions: stores URL, events and a salt; the signing secret is derived from the installation's master
 * key and the salt ({@link SigningKey}) and shown once. Live subscriptions are cached per organization for the
 * transactions that fan events out to them.
 */
@Component(service = {WebhookSubscriptions.class, WebhookSubscriptionsImpl.class})
public class WebhookSubscriptionsImpl implements WebhookSubscriptions {

    private static final String PURPOSE = "webhook";

    private final Database db;
    private final SigningKey key;
    private final Clock clock;
    private final Map<Long, List<WebhookSubscription>> live = new ConcurrentHashMap<>();

    @Activate
    public WebhookSubscriptionsImpl(@Reference Database db) {
        this(db, SigningKey.installation(), Clock.systemUTC());
    }

    public WebhookSubscriptionsImpl(Database db, SigningKey key, Clock clock) {
        this.db = db;
        this.key = key;
        this.clock = clock;
    }

    @Override
    public WebhookSubscription.Created create(long organizationId, String url, Set<WebhookEvent> events,
            String actor) {
        String checkedUrl = checkUrl(url);
        if (events == null || events.isEmpty() || events.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("events", "name at least one of " + Arrays.toString(WebhookEvent.values()));
        }
        String salt = Secrets.randomToken(24);
        WebhookSubscription created = db.tx(em -> {
            WebhookSubscriptionEntity s = new WebhookSubscriptionEntity();
            s.organizationId = organizationId;
            s.url = checkedUrl;
            s.events = events.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
            s.salt = salt;
            s.active = 1;
            s.createdAt = clock.instant();
            s.createdBy = actor;
            em.persist(s);
            em.flush();
            AuditWriter.write(em, organizationId, actor, "webhook.create", "webhook:" + s.id, checkedUrl);
            return toApi(s);
        });
        live.remove(organizationId);
        return new WebhookSubscription.Created(created, key.derive(PURPOSE, salt));
    }

    @Override
    public List<WebhookSubscription> list(long organizationId) {
        return db.read(em -> active(em, organizationId));
    }

    @Override
    public void delete(long organizationId, long subscriptionId, String actor) {
        db.tx(em -> {
            WebhookSubscriptionEntity s = em.find(WebhookSubscriptionEntity.class, subscriptionId);
            if (s == null || s.organizationId != organizationId || s.active == 0) {
                throw new NotFoundException("id", "no webhook subscription " + subscriptionId);
            }
            s.active = 0;
            AuditWriter.write(em, organizationId, actor, "webhook.delete", "webhook:" + s.id, s.url);
            return null;
        });
        live.remove(organizationId);
    }

    @Override
    public Optional<WebhookSubscription.Endpoint> endpoint(long subscriptionId) {
        return db.read(em -> Optional.ofNullable(em.find(WebhookSubscriptionEntity.class, subscriptionId))
                .filter(s -> s.active == 1).map(s -> new WebhookSubscription.Endpoint(s.url,
                        key.derive(PURPOSE, s.salt).getBytes(StandardCharsets.UTF_8))));
    }

    /** The organization's live subscriptions to an event, within the caller's transaction. */
    List<WebhookSubscription> subscribed(EntityManager em, long organizationId, WebhookEvent event) {
        return live.computeIfAbsent(organizationId, o -> active(em, o)).stream()
                .filter(s -> s.events().contains(event)).toList();
    }

    private static List<WebhookSubscription> active(EntityManager em, long organizationId) {
        return em.createQuery("SELECT s FROM WebhookSubscriptionEntity s WHERE s.organizationId = :o AND s.active = 1 "
                + "ORDER BY s.id", WebhookSubscriptionEntity.class).setParameter("o", organizationId)
                .getResultList().stream().map(WebhookSubscriptionsImpl::toApi).toList();
    }

    private static String checkUrl(String url) {
        String u = Texts.required(url, "url", 1000);
        try {
            URI uri = new URI(u);
            if (uri.getHost() == null || !("https".equalsIgnoreCase(uri.getScheme())
                    || "http".equalsIgnoreCase(uri.getScheme()))) {
                throw new InvalidInputException("url", "must be an absolute http or https URL");
            }
            return u;
        } catch (java.net.URISyntaxException e) {
            throw new InvalidInputException("url", "is not a URL: " + e.getReason());
        }
    }

    private static WebhookSubscription toApi(WebhookSubscriptionEntity s) {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        for (String e : s.events.split(",")) {
            events.add(WebhookEvent.valueOf(e));
        }
        return new WebhookSubscription(s.id, s.organizationId, s.url, events, s.createdAt, s.createdBy);
    }
}
