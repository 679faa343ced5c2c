package io.kopilka.channel.email.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;

import javax.imageio.ImageIO;

/** What the e-mail tests share: settings for a local server, a channel on them, and a real PNG. */
final class Fixtures {

    static final String FROM = "noreply@kopilka.test";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    static SmtpSettings settings(int port, Security security, String username, String password) {
        return new SmtpSettings("127.0.0.1", port, security, username, password,
                SmtpSettings.sender(FROM, "Демо Бистро"), "Kopilka", Duration.ofSeconds(2), Duration.ofSeconds(2), 5);
    }

    /** A channel to a local server with no encryption (GreenMail's SMTP has no STARTTLS). */
    static EmailChannel channel(int port, String username, String password) {
        return new EmailChannel(settings(port, Security.NONE, username, password), new Properties(), CLOCK);
    }

    /** A 40 x 40 PNG with some colour in it. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 40; y++) {
                image.setRGB(x, y, (x * 6) << 16 | (y * 6) << 8 | (x + y) % 2 * 255);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
