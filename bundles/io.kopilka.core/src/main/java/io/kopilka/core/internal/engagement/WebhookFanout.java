package io.kopilka.core.internal.engagement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.EntityManager;

import io.kopilka.api.messaging.Message;
import io.kopilka.api.messaging.WebhookEvent;
import io.kopilka.api.messaging.WebhookSubscription;
import io.kopilka.api.messaging.WebhookSubscriptions;
import io.kopilka.core.internal.messaging.OutboxImpl;
import io.kopilka.core.internal.program.Json;

/**
 * Queues one signed-webhook message per subscription to an event, in the caller's transaction. The body is
 * {@code {"id", "event", "occurredAt", "organizationId", "data"}}; {@code id} is the delivery key, the same however
 * often the cause is replayed, so a receiver can drop repeats.
 */
final class WebhookFanout {

    private final OutboxImpl outbox;
    private final WebhookSubscriptionsImpl subscriptions;

    WebhookFanout(OutboxImpl outbox, WebhookSubscriptionsImpl subscriptions) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
    }

    void publish(EntityManager em, long organizationId, WebhookEvent event, String causeKey, Instant at,
            Map<String, Object> data) {
        for (WebhookSubscription s : subscriptions.subscribed(em, organizationId, event)) {
            String key = "wh:" + s.id() + ":" + event + ":" + causeKey;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", key);
            body.put("event", event.name());
            body.put("occurredAt", at.toString());
            body.put("organizationId", organizationId);
            body.put("data", data);
            outbox.enqueueIn(em, organizationId, new Message("webhook", WebhookSubscriptions.ADDRESS_PREFIX + s.id(),
                    event.name(), Json.write(body), null, null, key));
        }
    }

    /** Minor units as the API writes amounts: a decimal with two places. */
    static BigDecimal amount(long minor) {
        return BigDecimal.valueOf(minor, 2);
    }
}
