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

    @Test
    public void aFailingReceiverGetsEveryMessageOnceWhenItComesBack() throws Exception {
        http();
        features.installFeature("kopilka-channel-webhook", EnumSet.noneOf(FeaturesService.Option.class));
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("secret", SECRET);
        config.getConfiguration("io.kopilka.channel.webhook", null).update(props);
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

    private static String hmac(String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
