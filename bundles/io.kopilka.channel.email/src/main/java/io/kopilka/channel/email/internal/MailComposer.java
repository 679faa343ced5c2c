package io.kopilka.channel.email.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;

import io.kopilka.api.messaging.Message;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Turns a {@link Message} into a MIME message: a UTF-8 subject (or the default one), a UTF-8 text/plain body with the
 * buttons as lines at its end, the image as an inline {@value #IMAGE_NAME}, and two headers derived from the dedupe
 * key so that a retry is recognisably the same mail: {@value #DELIVERY_HEADER} (the key) and a {@code Message-ID}
 * that is the same for every attempt of one message.
 */
final class MailComposer {

    static final String DELIVERY_HEADER = "X-Kopilka-Delivery";
    static final String IMAGE_NAME = "card.png";

    private final InternetAddress from;
    private final String defaultSubject;

    MailComposer(InternetAddress from, String defaultSubject) {
        this.from = from;
        this.defaultSubject = defaultSubject;
    }

    MimeMessage compose(Session session, Message message, InternetAddress to, Instant now)
            throws MessagingException {
        MimeMessage mail = new KeyedMimeMessage(session, messageId(message));
        mail.setFrom(from);
        mail.setRecipient(jakarta.mail.Message.RecipientType.TO, to);
        String subject = message.subject() == null || message.subject().isBlank() ? defaultSubject : message.subject();
        mail.setSubject(subject.strip(), StandardCharsets.UTF_8.name());
        mail.setSentDate(Date.from(now));
        mail.setHeader(DELIVERY_HEADER, headerValue(message.dedupeKey()));
        mail.setHeader("Auto-Submitted", "auto-generated");
        String body = body(message);
        if (message.image() == null || message.image().length == 0) {
            mail.setText(body, StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, StandardCharsets.UTF_8.name());
            MimeBodyPart image = new MimeBodyPart();
            image.setDataHandler(new DataHandler(new ByteArrayDataSource(message.image(), "image/png")));
            image.setFileName(IMAGE_NAME);
            image.setDisposition(Part.INLINE);
            image.setContentID("<card@kopilka>");
            mail.setContent(new MimeMultipart(text, image));
        }
        mail.saveChanges();
        return mail;
    }

    /** The text, then a blank line and one line per button: "text: URL" for a link, the text alone otherwise. */
    static String body(Message message) {
        StringBuilder body = new StringBuilder(message.text() == null ? "" : message.text().stripTrailing());
        if (!message.buttons().isEmpty()) {
            body.append("\n");
        }
        for (Message.Button b : message.buttons()) {
            body.append('\n').append(b.text());
            if (b.data() != null && (b.data().startsWith("https://") || b.data().startsWith("http://"))) {
                body.append(": ").append(b.data());
            }
        }
        return body.toString();
    }

    /**
     * The same for every attempt of one message and different for different messages: a hash of the dedupe key,
     * the address and the content, at the sender's domain.
     */
    String messageId(Message message) {
        String address = from.getAddress();
        String domain = address.substring(address.lastIndexOf('@') + 1);
        String hash = sha256(message.dedupeKey() + '\0' + message.address() + '\0' + message.subject() + '\0'
                + message.text());
        return "<kopilka." + hash.substring(0, 40) + "@" + domain + ">";
    }

    /** The key as a header value: printable ASCII as it is, anything else RFC 2047-encoded; never a line break. */
    static String headerValue(String key) {
        String clean = key == null ? "" : key.replaceAll("\\p{Cntrl}", " ").strip();
        try {
            return MimeUtility.fold(DELIVERY_HEADER.length() + 2,
                    MimeUtility.encodeText(clean, StandardCharsets.UTF_8.name(), "B"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is missing", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }

    /** A MIME message whose Message-ID is given, not generated afresh by {@code saveChanges}. */
    private static final class KeyedMimeMessage extends MimeMessage {

        private final String id;

        KeyedMimeMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
