package io.kopilka.channel.webhook.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.kopilka.api.messaging.Channel;
import io.kopilka.api.messaging.Delivery;
import io.kopilka.api.messaging.Message;
import io.kopilka.api.messaging.WebhookSubscription;
import io.kopilka.api.messaging.WebhookSubscriptions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Webhooks as a channel: the message's text is the JSON body, POSTed with a {@link Signature} header and the message's
 * dedupe key as {@code X-Kopilka-Delivery}, so a receiver can verify and deduplicate. The address is either a
 * subscription ({@code subscription:<id>}: its URL and its own secret come from {@link WebhookSubscriptions}; a deleted
 * subscription's messages fail) or a plain http(s) URL signed with the configured shared secret. 2xx is delivered; 429 is retried after its {@code Retry-After}; 5xx, timeouts and refused connections are
 * retried with the outbox's backoff; any other 4xx is a permanent failure.
 */
@Component(property = Channel.ID_PROPERTY + "=webhook", configurationPid = "io.kopilka.channel.webhook")
@Designate(ocd = WebhookChannel.Config.class)
public class WebhookChannel implements Channel {

    @ObjectClassDefinition(name = "Kopilka webhook channel")
    @interface Config {

        @AttributeDefinition(name = "Secret", description = "The HMAC secret for messages addressed to a plain URL "
                + "(at least 16 characters); without one, those wait. Subscriptions have their own secrets.")
        String secret() default "";

        @AttributeDefinition(name = "Timeout (seconds)")
        int timeout_seconds() default 10;
    }

    private final String secret;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient client;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WebhookSubscriptions subscriptions;

    @Activate
    public WebhookChannel(Config config) {
        this(config.secret(), Duration.ofSeconds(config.timeout_seconds()), Clock.systemUTC());
    }

    public WebhookChannel(String secret, Duration timeout, Clock clock) {
        this.secret = secret;
        this.timeout = timeout;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** For tests and wiring outside OSGi. */
    public void setSubscriptions(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public Delivery send(Message message) {
        String address = message.address();
        if (address.startsWith(WebhookSubscriptions.ADDRESS_PREFIX)) {
            return toSubscription(message, address.substring(WebhookSubscriptions.ADDRESS_PREFIX.length()));
        }
        if (secret == null || secret.length() < 16) {
            return new Delivery.RetryLater(Duration.ofMinutes(5), "no webhook secret configured");
        }
        return post(message, address, secret.getBytes(StandardCharsets.UTF_8));
    }

    private Delivery toSubscription(Message message, String id) {
        WebhookSubscriptions known = subscriptions;
        if (known == null) {
            return new Delivery.RetryLater(Duration.ofMinutes(1), "webhook subscriptions are not available yet");
        }
        Optional<WebhookSubscription.Endpoint> endpoint;
        try {
            endpoint = known.endpoint(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return new Delivery.Failed("not a subscription id: " + id);
        }
        return endpoint.map(e -> post(message, e.url(), e.secret()))
                .orElseGet(() -> new Delivery.Failed("subscription " + id + " was deleted"));
    }

    private Delivery post(Message message, String address, byte[] key) {
        URI url;
        try {
            url = URI.create(address);
        } catch (IllegalArgumentException e) {
            return new Delivery.Failed("not a URL: " + address);
        }
        if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
            return new Delivery.Failed("not an http(s) URL: " + address);
        }
        String body = message.text() == null ? "" : message.text();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header(Signature.HEADER, Signature.sign(key, clock.instant().getEpochSecond(), body))
                .header("X-Kopilka-Delivery", message.dedupeKey())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return outcome(response.statusCode(), response.headers().firstValue("Retry-After"));
        } catch (IOException e) {
            return new Delivery.RetryLater(null, "cannot reach " + url.getHost() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery.RetryLater(null, "interrupted");
        }
    }

    static Delivery outcome(int status, Optional<String> retryAfter) {
        if (status >= 200 && status < 300) {
            return new Delivery.Delivered(null);
        }
        if (status == 429) {
            return new Delivery.RetryLater(retryAfter.flatMap(WebhookChannel::seconds).orElse(null),
                    "receiver asks to slow down (429)");
        }
        if (status >= 500 || status == 408) {
            return new Delivery.RetryLater(null, "receiver failed (" + status + ")");
        }
        return new Delivery.Failed("receiver refused it (" + status + ")");
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
