package io.kopilka.channel.webhook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.kopilka.api.messaging.Delivery;
import io.kopilka.api.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import io.kopilka.api.messaging.WebhookEvent;
import io.kopilka.api.messaging.WebhookSubscription;
import io.kopilka.api.messaging.WebhookSubscriptions;
import org.junit.jupiter.api.Test;

/** The webhook channel against a real local HTTP server: signed bodies, and each kind of answer. */
class WebhookChannelTest {

    private static final String SECRET = "a-shared-webhook-secret";
    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    private final List<String[]> received = new CopyOnWriteArrayList<>();
    private WebhookChannel channel;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new String[] {exchange.getRequestHeaders().getFirst(Signature.HEADER), body,
                exchange.getRequestHeaders().getFirst("X-Kopilka-Delivery")});
            if (status.get() == 429) {
                exchange.getResponseHeaders().add("Retry-After", "7");
            }
            exchange.sendResponseHeaders(status.get(), -1);
            try (OutputStream out = exchange.getResponseBody()) {
                out.flush();
            }
        });
        server.start();
        channel = new WebhookChannel(SECRET, Duration.ofSeconds(5),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Message message(String url) {
        return new Message("webhook", url, null, "{\"event\":\"accrual\",\"amount\":50.00}", null, List.of(),
                "accrual-42");
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    @Test
    void deliversASignedBodyTheReceiverCanVerify() {
        assertInstanceOf(Delivery.Delivered.class, channel.send(message(url())));
        String[] got = received.get(0);
        assertEquals("{\"event\":\"accrual\",\"amount\":50.00}", got[1]);
        assertEquals("accrual-42", got[2]);
        assertTrue(got[0].startsWith("t=1795428000,v1="), got[0]);
        assertTrue(Signature.verify(SECRET, got[0], got[1]));
        assertFalse(Signature.verify(SECRET, got[0], got[1] + " "), "a changed body fails");
        assertFalse(Signature.verify("another-secret-entirely", got[0], got[1]));
    }

    @Test
    void retriesWhatMayPassLaterAndGivesUpOnRefusals() {
        status.set(429);
        Delivery slow = channel.send(message(url()));
        assertEquals(Duration.ofSeconds(7), ((Delivery.RetryLater) slow).after());
        status.set(503);
        assertInstanceOf(Delivery.RetryLater.class, channel.send(message(url())));
        status.set(410);
        assertInstanceOf(Delivery.Failed.class, channel.send(message(url())));
        server.stop(0);
        assertInstanceOf(Delivery.RetryLater.class, channel.send(message(url())), "connection refused");
        assertInstanceOf(Delivery.Failed.class, channel.send(message("ftp://example.org/x")));
        assertInstanceOf(Delivery.RetryLater.class, new WebhookChannel("short", Duration.ofSeconds(1),
                Clock.systemUTC()).send(message(url())), "no secret: wait for one to be configured");
    }

    /** Subscriptions as the core keeps them: one live, with its own secret. */
    private final class OneSubscription implements WebhookSubscriptions {
        @Override
        public WebhookSubscription.Created create(long o, String u, Set<WebhookEvent> e, String a) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<WebhookSubscription> list(long organizationId) {
            return List.of();
        }

        @Override
        public void delete(long organizationId, long subscriptionId, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<WebhookSubscription.Endpoint> endpoint(long id) {
            return id == 7 ? Optional.of(new WebhookSubscription.Endpoint(url(),
                    "whsec_own-secret-of-seven".getBytes(StandardCharsets.UTF_8))) : Optional.empty();
        }
    }

    @Test
    void aSubscriptionIsSignedWithItsOwnSecretAndADeletedOneFails() {
        WebhookChannel noShared = new WebhookChannel("", Duration.ofSeconds(5), Clock.systemUTC());
        assertInstanceOf(Delivery.RetryLater.class, noShared.send(message("subscription:7")),
                "subscriptions not available yet");
        noShared.setSubscriptions(new OneSubscription());
        assertInstanceOf(Delivery.Delivered.class, noShared.send(message("subscription:7")));
        String[] got = received.get(0);
        assertTrue(Signature.verify("whsec_own-secret-of-seven", got[0], got[1]));
        assertFalse(Signature.verify(SECRET, got[0], got[1]));
        assertInstanceOf(Delivery.Failed.class, noShared.send(message("subscription:8")), "deleted");
        assertInstanceOf(Delivery.Failed.class, noShared.send(message("subscription:x")));
    }
}
