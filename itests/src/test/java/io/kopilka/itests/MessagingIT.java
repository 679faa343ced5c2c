package io.kopilka.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HexFormat;
import java.util.Hashtable;
import java.util.List;
import java.util.EnumSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.inject.Inject;

import io.kopilka.api.messaging.Message;
import io.kopilka.itests.Http.Reply;
import io.kopilka.api.messaging.Outbox;
import io.kopilka.api.messaging.OutboxEntry;
import io.kopilka.api.org.OrganizationService;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The outbox in the real distribution: messages to a webhook receiver that is down at first are delivered, signed,
 * exactly once each after it comes back.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MessagingIT extends KopilkaTestSupport {

    private static final String SECRET = "messaging-it-shared-secret";

    @Inject
    private Outbox outbox;

    @Inject
    private OrganizationService organizations;

    @Inject
    private FeaturesService features;

    @Inject
    private ConfigurationAdmin config;

    /** A tiny HTTP receiver on loopback: answers 503 to the first {@code failures} calls, then 200. */
    private static final class Receiver implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final List<String[]> received = new CopyOnWriteArrayList<>();
        final AtomicInteger failures;
        final Thread thread = new Thread(this::serve, "it-receiver");

        Receiver(int failures) throws Exception {
            this.failures = new AtomicInteger(failures);
            thread.start();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                            StandardCharsets.UTF_8));
                    String signature = null;
                    int length = 0;
                    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                        String lower = line.toLowerCase();
                        if (lower.startsWith("x-kopilka-signature:")) {
                            signature = line.substring(line.indexOf(':') + 1).strip();
                        } else if (lower.startsWith("content-length:")) {
                            length = Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
                        }
                    }
                    char[] body = new char[length];
                    int read = 0;
                    while (read < length) {
                        read += in.read(body, read, length - read);
                    }
                    boolean fail = failures.getAndDecrement() > 0;
                    if (!fail) {
                        received.add(new String[] {signature, new String(body)});
                    }
                    OutputStream out = s.getOutputStream();
                    out.write(((fail ? "HTTP/1.1 503 Busy" : "HTTP/1.1 200 OK")
                            + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (Exception e) {
                    if (!socket.isClosed()) {
                        continue;
                    }
                }
            }
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/hook";
        }

        @Override
        public void close() throws Exception {
            socket.close();
        }
    }

    private void installWebhookChannel() throws Exception {
        features.installFeature("kopilka-channel-webhook", EnumSet.noneOf(FeaturesService.Option.class));
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("secret", SECRET);
        config.getConfiguration("io.kopilka.channel.webhook", null).update(props);
    }

    @Test
    public void aFailingReceiverGetsEveryMessageOnceWhenItComesBack() throws Exception {
        http();
        installWebhookChannel();
        long org = organizations.organizations().get(0).id();
        try (Receiver receiver = new Receiver(2)) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(outbox.enqueue(org, new Message("webhook", receiver.url(), null,
                        "{\"event\":\"accrual\",\"n\":" + i + "}", null, List.of(), "it-accrual-" + i)).id());
            }
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < end && !ids.stream().allMatch(id -> outbox.get(org, id).orElseThrow()
                    .status() == OutboxEntry.Status.SENT)) {
                Thread.sleep(250);
            }
            for (Long id : ids) {
                assertEquals(OutboxEntry.Status.SENT, outbox.get(org, id).orElseThrow().status());
            }
            Thread.sleep(2_000);
            assertEquals("each message once", 3, receiver.received.size());
            for (String[] r : receiver.received) {
                String t = r[0].substring(2, r[0].indexOf(','));
                assertTrue(r[0], r[0].endsWith(hmac(t + "." + r[1])));
            }
        }
    }

    @Test
    public void aSubscriptionGetsThePurchaseEventsSignedWithItsOwnSecret() throws Exception {
        Http http = http();
        Credentials creds = credentials();
        String admin = creds.admin();
        installWebhookChannel();
        for (String resource : List.of("/templates", "/mailings", "/webhooks", "/reviews", "/mechanics")) {
            http.await(resource, admin, 200, Duration.ofSeconds(60));
        }
        assertEquals(201, http.post("/programs", admin, BONUS).status());
        try (Receiver receiver = new Receiver(1)) {
            Reply bad = http.post("/webhooks", admin, "{\"url\":\"ftp://x.example\",\"events\":[\"ACCRUAL\"]}");
            assertEquals(bad.toString(), "url", bad.problemField());
            assertEquals("events", http.post("/webhooks", admin, "{\"url\":\"" + receiver.url()
                    + "\",\"events\":[\"PARTY\"]}").problemField());
            assertEquals(403, http.post("/webhooks", creds.terminal(1), "{}").status());
            Reply created = http.post("/webhooks", admin, "{\"url\":\"" + receiver.url()
                    + "\",\"events\":[\"accrual\",\"redemption\"]}");
            assertEquals(created.toString(), 201, created.status());
            String secret = created.json().get("secret").asText();
            assertTrue(http.get("/webhooks", admin).text(), !http.get("/webhooks", admin).text().contains(secret));

            Reply commit = http.post("/pos/commit", creds.terminal(1), PURCHASE);
            assertEquals(commit.toString(), 201, commit.status());
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < end && receiver.received.size() < 2) {
                Thread.sleep(250);
            }
            Thread.sleep(1_000);
            assertEquals("ACCRUAL and REDEMPTION, once each, after the receiver's first 503", 2,
                    receiver.received.size());
            String bodies = receiver.received.get(0)[1] + receiver.received.get(1)[1];
            assertTrue(bodies, bodies.contains("\"event\":\"ACCRUAL\"") && bodies.contains("\"event\":\"REDEMPTION\"")
                    && bodies.contains("\"receiptKey\":" + commit.json().get("receiptKey").asLong()));
            for (String[] r : receiver.received) {
                String t = r[0].substring(2, r[0].indexOf(','));
                assertTrue(r[0], r[0].endsWith(hmac(secret, t + "." + r[1])));
            }
        }
    }

    @Test
    public void templatesMailingsReviewsAndTheOverviewOverRest() throws Exception {
        Http http = http();
        String admin = credentials().admin();
        for (String resource : List.of("/templates", "/mailings", "/webhooks", "/reviews", "/programs")) {
            http.await(resource, admin, 200, Duration.ofSeconds(60));
        }
        Reply unknown = http.send("PUT", "/templates/purchase", admin, "application/json", "{\"text\":\"Hi {nme}\"}");
        assertEquals(unknown.toString(), "text", unknown.problemField());
        assertEquals("kind", http.send("PUT", "/templates/party", admin, "application/json", "{}").problemField());
        Reply saved = http.send("PUT", "/templates/PURCHASE", admin, "application/json",
                "{\"text\":\"{name}: +{accrued}\",\"enabled\":false}");
        assertEquals(saved.toString(), 200, saved.status());
        assertTrue(saved.json().get("custom").asBoolean());
        assertEquals(false, saved.json().get("enabled").asBoolean());
        assertEquals(false, http.send("DELETE", "/templates/PURCHASE", admin, null, null).json().get("custom")
                .asBoolean());

        Reply mailing = http.post("/mailings", admin, "{\"text\":\"{name}, news!\"}");
        assertEquals(mailing.toString(), 201, mailing.status());
        assertEquals(mailing.json().get("id"), http.get("/mailings", admin).json().get(0).get("id"));
        assertEquals("text", http.post("/mailings", admin, "{\"text\":\" \"}").problemField());

        long guest = http.get("/guests/lookup?identifier=1000002", admin).json().get("guest").get("id").asLong();
        Reply overview = http.get("/guests/" + guest + "/overview", admin);
        assertEquals(overview.toString(), 200, overview.status());
        assertEquals("1000002", overview.json().get("card").asText());
        assertEquals(200, http.get("/reviews?guest=" + guest, admin).status());
        assertEquals("venue", http.get("/reviews?venue=abc", admin).problemField());
    }

    private static final String BONUS = "{\"mechanic\":\"bonus\",\"name\":\"Bonus 5%\",\"priority\":10,"
            + "\"parameters\":{\"percent\":5,\"maxShare\":[{\"percent\":50}]}}";
    private static final String PURCHASE = "{\"receiptId\":\"wh-1\",\"time\":\"2026-11-23T10:00:00Z\","
            + "\"cashier\":\"Anna\",\"identifier\":\"1000002\",\"lines\":[{\"lineId\":\"L1\",\"sku\":\"soup\","
            + "\"name\":\"Soup\",\"groups\":[\"food\"],\"quantity\":1,\"price\":600.00,\"amount\":600.00}],"
            + "\"redemption\":{\"amount\":100.00}}";

    private static String hmac(String text) throws Exception {
        return hmac(SECRET, text);
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
