package io.kopilka.channel.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import io.kopilka.api.messaging.Message;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;

/** The parts of composing and configuring that need no server. */
class MailComposerTest {

    private final MailComposer composer = new MailComposer(SmtpSettings.sender("noreply@kopilka.test", ""), "Kopilka");

    private static Message message(String key, String text) {
        return new Message("email", "guest@example.ru", "Hi", text, null, List.of(), key);
    }

    @Test
    void theMessageIdIsTheSameForTheSameMessageAndDiffersOtherwise() {
        String id = composer.messageId(message("k1", "a"));
        assertEquals(id, composer.messageId(message("k1", "a")));
        assertNotEquals(id, composer.messageId(message("k2", "a")));
        assertNotEquals(id, composer.messageId(message("k1", "b")), "another organisation reusing a key");
    }

    @Test
    void theDeliveryHeaderCannotBreakTheHeaderBlock() throws Exception {
        assertEquals("accrual-42", MailComposer.headerValue("accrual-42"));
        String injected = MailComposer.headerValue("x\r\nBcc: victim@example.ru");
        assertFalse(injected.contains("\n"), injected);
        String russian = MailComposer.headerValue("покупка-7");
        assertTrue(russian.startsWith("=?UTF-8?B?"), russian);
        assertEquals("покупка-7", MimeUtility.decodeText(russian));
    }

    @Test
    void buttonsAreLinesAndOnlyUrlsAreShownAsLinks() {
        Message m = new Message("email", "a@b.ru", null, "Text\n\n", null, List.of(
                new Message.Button("Site", "https://kopilka.example"), new Message.Button("Call me", "callback:1")),
                "k");
        assertEquals("Text\n\nSite: https://kopilka.example\nCall me", MailComposer.body(m));
        assertEquals("", MailComposer.body(new Message("email", "a@b.ru", null, null, null, null, "k")));
    }

    @Test
    void settingsAreCheckedAndNeverShowThePassword() {
        SmtpSettings s = new SmtpSettings("smtp.yandex.ru", 465, Security.SMTPS, "shop@yandex.ru",
                "app-password-123", SmtpSettings.sender("shop@yandex.ru", "Shop"), null, Duration.ofSeconds(10),
                Duration.ofSeconds(30), 5);
        assertFalse(s.toString().contains("app-password-123"), s.toString());
        assertTrue(s.toString().contains("smtp.yandex.ru:465 (smtps)"), s.toString());
        assertEquals("true", s.sessionProperties().getProperty("mail.smtp.ssl.enable"));
        assertEquals("true", s.sessionProperties().getProperty("mail.smtp.auth"));
        assertEquals(Security.STARTTLS, Security.parse(" StartTLS "));
        assertThrows(IllegalArgumentException.class, () -> Security.parse("ssl"));
        assertThrows(IllegalArgumentException.class, () -> SmtpSettings.sender("not an address", ""));
        assertThrows(IllegalArgumentException.class, () -> new SmtpSettings(" ", 25, Security.NONE, "", "",
                s.from(), null, Duration.ofSeconds(1), Duration.ofSeconds(1), 1));
    }
}
