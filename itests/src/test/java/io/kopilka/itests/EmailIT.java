package io.kopilka.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.kopilka.api.messaging.Channel;
import io.kopilka.api.messaging.Message;
import io.kopilka.api.messaging.Outbox;
import io.kopilka.api.messaging.OutboxEntry;
import io.kopilka.api.org.OrganizationService;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The e-mail channel in the real distribution: installed as a feature, configured through ConfigurationAdmin, it
 * logs in to a real SMTP server (GreenMail, in the test JVM, outside Karaf) and delivers an outbox message exactly once,
 * with its image; the mailbox is read back over POP3. This is what proves Jakarta Mail finds its Angus providers in
 * OSGi.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EmailIT extends KopilkaTestSupport {

    private static final String SMTP_PORT = "kopilka.test.smtp.port";
    private static final String POP3_PORT = "kopilka.test.pop3.port";
    private static final String SENDER = "noreply@kopilka.test";
    private static final String SMTP_PASSWORD = "smtp-it-password";
    private static final String GUEST = "guest@kopilka.test";
    private static final String POP3_PASSWORD = "guest-pop3-password";
    /** A 1 x 1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlE"
            + "QVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Inject
    private Outbox outbox;

    @Inject
    private OrganizationService organizations;

    @Inject
    private FeaturesService features;

    @Inject
    private ConfigurationAdmin config;

    @Inject
    private BundleContext context;

    /** Starts the mail server here, in the test JVM, and tells Karaf its ports. */
    @Configuration
    @Override
    public Option[] config() throws IOException {
        int[] ports = MailServer.start();
        return OptionUtils.combine(super.config(), systemProperty(SMTP_PORT).value(String.valueOf(ports[0])),
                systemProperty(POP3_PORT).value(String.valueOf(ports[1])));
    }

    @Test
    public void anOutboxMessageArrivesOnceBySmtp() throws Exception {
        http();
        features.installFeature("kopilka-channel-email", EnumSet.noneOf(FeaturesService.Option.class));
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("host", "127.0.0.1");
        props.put("port", Integer.getInteger(SMTP_PORT));
        props.put("security", "none");
        props.put("username", "kopilka");
        props.put("password", SMTP_PASSWORD);
        props.put("from.address", SENDER);
        props.put("from.name", "Demo Bistro");
        config.getConfiguration("io.kopilka.channel.email", null).update(props);
        long org = organizations.organizations().get(0).id();
        awaitChannel();

        long id = outbox.enqueue(org, new Message("email", GUEST, "Thank you", "You have 50 points.", PNG,
                List.of(new Message.Button("Your card", "https://kopilka.example/card/1000001")), "it-email-1")).id();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < end && outbox.get(org, id).orElseThrow().status() != OutboxEntry.Status.SENT) {
            Thread.sleep(250);
        }
        OutboxEntry entry = outbox.get(org, id).orElseThrow();
        assertEquals(entry.lastError(), OutboxEntry.Status.SENT, entry.status());
        assertEquals("sent at the first attempt", 1, entry.attempts());
        Thread.sleep(2_000);

        List<String> mailbox = Pop3.read(Integer.getInteger(POP3_PORT), "guest", POP3_PASSWORD);
        assertEquals("exactly one e-mail", 1, mailbox.size());
        String mail = mailbox.get(0);
        assertTrue(mail, mail.contains("\r\nX-Kopilka-Delivery: it-email-1\r\n"));
        assertTrue(mail, mail.contains("\r\nMessage-ID: " + entry.providerId() + "\r\n"));
        assertTrue(mail, mail.contains("\r\nSubject: Thank you\r\n"));
        assertTrue(mail, mail.contains("You have 50 points.\r\n\r\nYour card: https://kopilka.example/card/1000001"));
        assertTrue(mail, mail.contains("filename=card.png"));
        assertTrue("the image arrives intact", mail.replace("\r\n", "").contains(Base64.getEncoder()
                .encodeToString(PNG)));
    }

    /**
     * Waits for the configured channel to be registered and to activate (a delayed component activates on first use;
     * a channel whose mail session cannot be made registers but never activates), so the outbox finds it at once.
     */
    private void awaitChannel() throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            for (ServiceReference<Channel> ref : context.getServiceReferences(Channel.class,
                    "(" + Channel.ID_PROPERTY + "=email)")) {
                if (context.getService(ref) != null) {
                    context.ungetService(ref);
                    return;
                }
            }
            assertTrue("the e-mail channel is registered and activates once configured", System.nanoTime() < end);
            Thread.sleep(100);
        }
    }

    /** GreenMail in the test JVM: SMTP with a login for Kopilka, POP3 for the guest's mailbox. */
    static final class MailServer {

        private static GreenMail server;

        private MailServer() {
        }

        static synchronized int[] start() {
            if (server == null) {
                server = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_POP3)});
                server.start();
                server.setUser(SENDER, "kopilka", SMTP_PASSWORD);
                server.setUser(GUEST, "guest", POP3_PASSWORD);
                Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
            }
            return new int[] {server.getSmtp().getPort(), server.getPop3().getPort()};
        }
    }

    /** Just enough POP3 to read a mailbox from inside Karaf without a mail library. */
    static final class Pop3 {

        private Pop3() {
        }

        /** Every message in the mailbox, raw, with CRLF line ends. */
        static List<String> read(int port, String user, String password) throws IOException {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.setSoTimeout(10_000);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8));
                OutputStream out = socket.getOutputStream();
                ok(in.readLine());
                command(in, out, "USER " + user);
                command(in, out, "PASS " + password);
                int count = Integer.parseInt(command(in, out, "STAT").split(" ")[1]);
                List<String> messages = new ArrayList<>();
                for (int i = 1; i <= count; i++) {
                    command(in, out, "RETR " + i);
                    StringBuilder message = new StringBuilder();
                    for (String line = in.readLine(); !".".equals(line); line = in.readLine()) {
                        message.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
                    }
                    messages.add(message.toString());
                }
                command(in, out, "QUIT");
                return messages;
            }
        }

        private static String command(BufferedReader in, OutputStream out, String command) throws IOException {
            out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return ok(in.readLine());
        }

        private static String ok(String reply) throws IOException {
            if (reply == null || !reply.startsWith("+OK")) {
                throw new IOException("POP3 said " + reply);
            }
            return reply;
        }
    }
}
