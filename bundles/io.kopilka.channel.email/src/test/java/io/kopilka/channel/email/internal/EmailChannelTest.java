package io.kopilka.channel.email.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.util.ServerSetup;
import io.kopilka.api.messaging.Delivery;
import io.kopilka.api.messaging.Message;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The e-mail channel against a real SMTP server (GreenMail): what arrives, byte for byte where it matters. */
class EmailChannelTest {

    private static final String TO = "guest@example.ru";
    private TestSmtpServer server;

    @BeforeEach
    void start() {
        server = new TestSmtpServer(ServerSetup.PROTOCOL_SMTP);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private MimeMessage onlyMessage() {
        MimeMessage[] received = server.getReceivedMessages();
        assertEquals(1, received.length, "exactly one message arrives");
        return received[0];
    }

    /** A text part as it was sent: SMTP carries CRLF line ends, and the end of DATA takes the last one. */
    private static String text(Object content) {
        return content.toString().replace("\r\n", "\n");
    }

    @Test
    void deliversPlainTextWithTheDeliveryHeaderAndAStableMessageId() throws Exception {
        Message message = new Message("email", TO, "Your points", "You have 120 points.", null, List.of(),
                "accrual-42");
        Delivery delivery = Fixtures.channel(server.port(), "", "").send(message);

        MimeMessage got = onlyMessage();
        assertEquals("Your points", got.getSubject());
        assertEquals("You have 120 points.", text(got.getContent()));
        assertTrue(got.isMimeType("text/plain"), got.getContentType());
        assertEquals("accrual-42", got.getHeader(MailComposer.DELIVERY_HEADER, null));
        assertEquals("auto-generated", got.getHeader("Auto-Submitted", null));
        assertEquals(TO, ((InternetAddress) got.getRecipients(jakarta.mail.Message.RecipientType.TO)[0]).getAddress());
        InternetAddress from = (InternetAddress) got.getFrom()[0];
        assertEquals(Fixtures.FROM, from.getAddress());
        assertEquals("Демо Бистро", from.getPersonal());
        String id = got.getMessageID();
        assertTrue(id.matches("<kopilka\\.[0-9a-f]{40}@kopilka\\.test>"), id);
        assertEquals(new Delivery.Delivered(id), delivery);

        Fixtures.channel(server.port(), "", "").send(message);
        assertEquals(id, server.getReceivedMessages()[1].getMessageID(), "a retry carries the same Message-ID");
    }

    @Test
    void russianSubjectAndTextArriveIntactInUtf8() throws Exception {
        String text = "Спасибо за покупку! Начислено 50 баллов, ёлки-палки.\nДо встречи в «Демо Бистро».";
        Fixtures.channel(server.port(), "", "").send(new Message("email", TO, "Спасибо за покупку — 50 баллов",
                text, null, List.of(), "thanks-1"));

        MimeMessage got = onlyMessage();
        assertEquals("Спасибо за покупку — 50 баллов", got.getSubject());
        assertTrue(got.getContentType().toLowerCase().contains("charset=utf-8"), got.getContentType());
        assertEquals(text, text(got.getContent()));
    }

    @Test
    void theImageArrivesIntactAsAnInlineCardPngAndButtonsBecomeLines() throws Exception {
        byte[] png = Fixtures.png();
        Fixtures.channel(server.port(), "", "").send(new Message("email", TO, null, "Ваша карта:", png,
                List.of(new Message.Button("Открыть карту", "https://kopilka.example/card/1000001"),
                    new Message.Button("Баланс", "balance")), "card-1000001"));

        MimeMessage got = onlyMessage();
        assertEquals("Kopilka", got.getSubject(), "the default subject");
        MimeMultipart parts = (MimeMultipart) got.getContent();
        assertEquals(2, parts.getCount());
        assertEquals("Ваша карта:\n\nОткрыть карту: https://kopilka.example/card/1000001\nБаланс",
                text(parts.getBodyPart(0).getContent()));
        BodyPart image = parts.getBodyPart(1);
        assertTrue(image.isMimeType("image/png"), image.getContentType());
        assertEquals(MailComposer.IMAGE_NAME, image.getFileName());
        assertEquals(Part.INLINE, image.getDisposition());
        assertArrayEquals(png, image.getInputStream().readAllBytes());
    }

    @Test
    void logsInWithUserAndPassword() throws Exception {
        server.setUser(Fixtures.FROM, "kopilka", "s3cret-app-password");
        Delivery delivery = Fixtures.channel(server.port(), "kopilka", "s3cret-app-password").send(
                new Message("email", TO, "Hi", "Hello", null, List.of(), "auth-1"));

        assertInstanceOf(Delivery.Delivered.class, delivery);
        assertEquals("Hello", text(onlyMessage().getContent()));
    }

    @Test
    void sendsOverSmtps() throws Exception {
        server.stop();
        server = new TestSmtpServer(ServerSetup.PROTOCOL_SMTPS);
        server.start();
        Properties trustTestCertificate = new Properties();
        trustTestCertificate.setProperty("mail.smtp.ssl.trust", "127.0.0.1");
        trustTestCertificate.setProperty("mail.smtp.ssl.checkserveridentity", "false");
        EmailChannel channel = new EmailChannel(Fixtures.settings(server.port(), Security.SMTPS, "", ""),
                trustTestCertificate, Fixtures.CLOCK);

        assertInstanceOf(Delivery.Delivered.class, channel.send(new Message("email", TO, "TLS", "over TLS", null,
                List.of(), "tls-1")));
        assertEquals("over TLS", text(onlyMessage().getContent()));
    }
}
