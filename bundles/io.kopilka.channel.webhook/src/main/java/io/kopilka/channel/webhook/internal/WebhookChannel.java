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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Webhooks as a channel: the message's text is the JSON body, POSTed to the address (an http or https URL) with a
 * {@link Signature} header and the message's dedupe key as {@code X-Kopilka-Delivery}, so a receiver can verify and
 * deduplicate. 2xx is delivered; 429 is retried after its {@code Retry-After}; 5xx, timeouts and refused connections are
 * retried with the outbox's backoff; any other 4xx is a permanent failure.
 */
@Component(property = Channel.ID_PROPERTY + "=webhook", configurationPid = "io.kopilka.channel.webhook")
@Designate(ocd = WebhookChannel.Config.class)
public class WebhookChannel implements Channel {

    @ObjectClassDefinition(name = "Kopilka webhook channel")
    @interface Config {

        @AttributeDefinition(name = "Secret", description = "The HMAC secret shared with the receivers "
                + "(at least 16 characters); without one, nothing is sent")
        String secret() default "";

        @AttributeDefinition(name = "Timeout (seconds)")
        int timeout_seconds() default 10;
    }

    private final String secret;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient client;

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

    @Override
    public Delivery send(Message message) {
        if (secret == null || secret.length() < 16) {
            return new Delivery.RetryLater(Duration.ofMinutes(5), "no webhook secret configured");
        }
        URI url;
        try {
            url = URI.create(message.address());
        } catch (IllegalArgumentException e) {
            return new Delivery.Failed("not a URL: " + message.address());
        }
        if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
            return new Delivery.Failed("not an http(s) URL: " + message.address());
        }
        String body = message.text() == null ? "" : message.text();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header(Signature.HEADER, Signature.sign(secret, clock.instant().getEpochSecond(), body))
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
