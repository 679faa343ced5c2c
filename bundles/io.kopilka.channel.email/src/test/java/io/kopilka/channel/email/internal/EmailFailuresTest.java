package io.kopilka.channel.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.util.ServerSetup;
import io.kopilka.api.messaging.Delivery;
import io.kopilka.api.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the e-mail channel makes of each way sending can fail, against a real SMTP server (GreenMail) that answers
 * like a strict provider: permanent refusals fail the message, anything that may pass later is retried.
 */
class EmailFailuresTest {

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

    private static Message to(String address) {
        return new Message("email", address, "Hi", "Hello", null, List.of(), "key-" + address);
    }

    @Test
    void aWrongPasswordIsRetriedAfterTheConfigurationPauseAndSendsNothing() {
        server.setUser(Fixtures.FROM, "kopilka", "right-password");
        Delivery delivery = Fixtures.channel(server.port(), "kopilka", "wrong-password").send(to(TO));

        Delivery.RetryLater retry = assertInstanceOf(Delivery.RetryLater.class, delivery);
        assertEquals(SmtpOutcome.CONFIGURATION_RETRY, retry.after());
        assertTrue(retry.reason().startsWith("the server refused the login: 535"), retry.reason());
        assertFalse(retry.reason().contains("wrong-password"), "the password is never in the reason");
        assertEquals(0, server.getReceivedMessages().length);
    }

    @Test
    void aServerThatIsDownIsRetriedWithTheOutboxBackoff() {
        int port = server.port();
        server.stop();
        Delivery.RetryLater retry = assertInstanceOf(Delivery.RetryLater.class,
                Fixtures.channel(port, "", "").send(to(TO)));
        assertNull(retry.after());
        assertTrue(retry.reason().startsWith("cannot talk to the SMTP server"), retry.reason());
    }

    @Test
    void aServerThatSaysNothingTimesOutAndIsRetried() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            Delivery delivery = Fixtures.channel(silent.getLocalPort(), "", "").send(to(TO));
            assertInstanceOf(Delivery.RetryLater.class, delivery);
            assertTrue(System.nanoTime() - start < 10_000_000_000L, "the 2 s read timeout applies");
        }
    }

    @Test
    void aRefusedRecipientFails() {
        server.refuseRecipient("nobody@example.ru", "550 5.1.1 <nobody@example.ru>: Recipient address rejected");
        Delivery.Failed failed = assertInstanceOf(Delivery.Failed.class,
                Fixtures.channel(server.port(), "", "").send(to("nobody@example.ru")));
        assertTrue(failed.reason().contains("550 5.1.1"), failed.reason());
        assertEquals(0, server.getReceivedMessages().length);
    }

    @Test
    void aGreylistedRecipientIsRetried() {
        server.refuseRecipient(TO, "450 4.2.0 <guest@example.ru>: Recipient address rejected: Greylisted");
        Delivery.RetryLater retry = assertInstanceOf(Delivery.RetryLater.class,
                Fixtures.channel(server.port(), "", "").send(to(TO)));
        assertTrue(retry.reason().contains("450 4.2.0"), retry.reason());
    }

    @Test
    void aMessageRefusedAfterItsBodyFailsAndATemporaryRefusalIsRetried() {
        server.refuseData("554 5.7.1 Message rejected under suspicion of SPAM");
        assertInstanceOf(Delivery.Failed.class, Fixtures.channel(server.port(), "", "").send(to(TO)));
        server.refuseData("451 4.7.1 Try again later");
        assertInstanceOf(Delivery.RetryLater.class, Fixtures.channel(server.port(), "", "").send(to(TO)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "guest", "guest@", "@example.ru", "guest@@example.ru", "guest example@example.ru",
        "a@example.ru, b@example.ru", "guest@example.ru\r\nBcc: victim@example.ru", "group: a@example.ru;"})
    void aBadAddressFailsWithoutTalkingToTheServer(String address) {
        Delivery.Failed failed = assertInstanceOf(Delivery.Failed.class,
                Fixtures.channel(server.port(), "", "").send(to(address)));
        assertTrue(failed.reason().startsWith("not an e-mail address"), failed.reason());
        assertEquals(0, server.getReceivedMessages().length);
    }

    @Test
    void requiredStartTlsIsNeverSkippedForAServerWithoutIt() {
        EmailChannel channel = new EmailChannel(Fixtures.settings(server.port(), Security.STARTTLS, "", ""),
                new Properties(), Fixtures.CLOCK);
        assertInstanceOf(Delivery.RetryLater.class, channel.send(to(TO)));
        assertEquals(0, server.getReceivedMessages().length, "nothing goes in clear text");
    }
}
