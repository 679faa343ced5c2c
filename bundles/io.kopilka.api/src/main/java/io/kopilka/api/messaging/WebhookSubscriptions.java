package io.kopilka.api.messaging;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Webhook subscriptions. Their payloads go through the outbox to channel {@code webhook} with the address
 * {@value #ADDRESS_PREFIX}{@code <id>}; the channel resolves it with {@link #endpoint}.
 */
@ProviderType
public interface WebhookSubscriptions {

    String ADDRESS_PREFIX = "subscription:";

    /** @throws io.kopilka.api.InvalidInputException for a URL that is not http(s) or an empty event set */
    WebhookSubscription.Created create(long organizationId, String url, Set<WebhookEvent> events, String actor);

    List<WebhookSubscription> list(long organizationId);

    /** Stops deliveries; queued ones are dropped by the channel. */
    void delete(long organizationId, long subscriptionId, String actor);

    /** The URL and signing secret of a live subscription. */
    Optional<WebhookSubscription.Endpoint> endpoint(long subscriptionId);
}
