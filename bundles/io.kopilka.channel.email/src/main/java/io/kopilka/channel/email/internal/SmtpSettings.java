package io.kopilka.channel.email.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * The checked settings of the channel: where the SMTP server is, how to log in, who the sender is, and the Jakarta
 * Mail session properties that follow from them. {@link #toString()} never shows the password.
 */
record SmtpSettings(String host, int port, Security security, String username, String password, InternetAddress from,
        String defaultSubject, Duration connectTimeout, Duration readTimeout, int perSecond) {

    SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1-65535, not " + port);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
                || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (perSecond < 1) {
            throw new IllegalArgumentException("per.second must be at least 1, not " + perSecond);
        }
        host = host.strip();
        username = username == null ? "" : username.strip();
        password = password == null ? "" : password;
        defaultSubject = defaultSubject == null || defaultSubject.isBlank() ? "Kopilka" : defaultSubject;
    }

    static SmtpSettings of(EmailConfig config) {
        Security security = Security.parse(config.security());
        return new SmtpSettings(config.host(), config.port() == 0 ? security.defaultPort : config.port(), security,
                config.username(), config.password(), sender(config.from_address(), config.from_name()),
                config.default_subject(), Duration.ofSeconds(config.connect_timeout_seconds()),
                Duration.ofSeconds(config.read_timeout_seconds()), config.per_second());
    }

    /** The sender as a strictly checked address with an optional UTF-8 display name. */
    static InternetAddress sender(String address, String name) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("from.address is required");
        }
        try {
            InternetAddress from = new InternetAddress(address.strip(), true);
            if (name != null && !name.isBlank()) {
                from.setPersonal(name.strip(), StandardCharsets.UTF_8.name());
            }
            return from;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("from.address is not an e-mail address: " + address);
        }
    }

    boolean login() {
        return !username.isEmpty();
    }

    /** The Jakarta Mail session properties: protocol, server, TLS, timeouts and the envelope sender. */
    Properties sessionProperties() {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", String.valueOf(port));
        p.setProperty("mail.smtp.from", from.getAddress());
        p.setProperty("mail.smtp.auth", String.valueOf(login()));
        p.setProperty("mail.smtp.connectiontimeout", String.valueOf(connectTimeout.toMillis()));
        p.setProperty("mail.smtp.timeout", String.valueOf(readTimeout.toMillis()));
        p.setProperty("mail.smtp.writetimeout", String.valueOf(readTimeout.toMillis()));
        p.setProperty("mail.debug", "false");
        p.setProperty("mail.debug.auth", "false");
        if (security == Security.STARTTLS) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        } else if (security == Security.SMTPS) {
            p.setProperty("mail.smtp.ssl.enable", "true");
        }
        if (security != Security.NONE) {
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return p;
    }

    @Override
    public String toString() {
        return host + ":" + port + " (" + security.name().toLowerCase(Locale.ROOT) + "), "
                + (login() ? "login as " + username : "no login") + ", from " + from.toUnicodeString() + ", "
                + perSecond + "/s";
    }
}
