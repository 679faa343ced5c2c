package io.kopilka.api.messaging;

import java.time.Instant;
import java.util.Set;

/** An external system's URL and the events it is sent, each signed with the subscription's secret. */
public record WebhookSubscription(long id, long organizationId, String url, Set<WebhookEvent> events,
        Instant createdAt, String createdBy) {

    public WebhookSubscription {
        events = Set.copyOf(events);
    }

    /** A new subscription with its signing secret, which is shown this once. */
    public record Created(WebhookSubscription subscription, String secret) {
    }

    /** Where and how to deliver a subscription's payloads: for the webhook channel only. */
    public record Endpoint(String url, byte[] secret) {
    }
}
