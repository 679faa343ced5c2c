package io.kopilka.channel.email.internal;

import java.time.Clock;
import java.util.Properties;

import io.kopilka.api.messaging.Channel;
import io.kopilka.api.messaging.Delivery;
import io.kopilka.api.messaging.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E-mail as a channel: each message goes by SMTP to the address (one strictly checked e-mail address), composed by
 * {@link MailComposer}, over one connection per message. Delivered means the server accepted it; what a failure
 * means is {@link SmtpOutcome}'s call. Configured by pid {@code io.kopilka.channel.email}; without that configuration
 * the channel is not registered and e-mail messages wait in the outbox.
 */
@Component(property = Channel.ID_PROPERTY + "=email", configurationPid = "io.kopilka.channel.email",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = EmailConfig.class)
public class EmailChannel implements Channel {

    private static final Logger LOG = LoggerFactory.getLogger(EmailChannel.class);
    private static final ProviderClassLoader PROVIDERS = new ProviderClassLoader();

    private final SmtpSettings settings;
    private final MailComposer composer;
    private final Clock clock;
    private final Session session;

    @Activate
    public EmailChannel(EmailConfig config) {
        this(SmtpSettings.of(config), new Properties(), Clock.systemUTC());
        LOG.info("E-mail channel sends through {}", settings);
    }

    /** With {@code extra} session properties over the settings' own (tests trust a test server's certificate). */
    EmailChannel(SmtpSettings settings, Properties extra, Clock clock) {
        this.settings = settings;
        this.composer = new MailComposer(settings.from(), settings.defaultSubject());
        this.clock = clock;
        Properties properties = settings.sessionProperties();
        properties.putAll(extra);
        this.session = PROVIDERS.run(() -> Session.getInstance(properties));
    }

    @Override
    public int perSecond() {
        return settings.perSecond();
    }

    @Override
    public Delivery send(Message message) {
        InternetAddress to;
        try {
            to = recipient(message.address());
        } catch (AddressException e) {
            return new Delivery.Failed("not an e-mail address: " + message.address());
        }
        try {
            return PROVIDERS.run(() -> deliver(message, to));
        } catch (MessagingException e) {
            Delivery outcome = SmtpOutcome.of(e);
            if (outcome instanceof Delivery.RetryLater r && r.after() != null) {
                LOG.warn("E-mail channel cannot send through {}: {}", settings, r.reason());
            }
            return outcome;
        }
    }

    private Delivery deliver(Message message, InternetAddress to) throws MessagingException {
        MimeMessage mail = composer.compose(session, message, to, clock.instant());
        Transport transport = session.getTransport("smtp");
        try {
            transport.connect(settings.host(), settings.port(), settings.login() ? settings.username() : null,
                    settings.login() ? settings.password() : null);
            transport.sendMessage(mail, mail.getAllRecipients());
        } finally {
            close(transport);
        }
        String id = mail.getMessageID();
        LOG.debug("E-mail {} accepted by {}", id, settings.host());
        return new Delivery.Delivered(id);
    }

    /** Says QUIT; a failure then changes nothing, the server has answered the message already. */
    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("SMTP connection did not close cleanly", e);
        }
    }

    /** One e-mail address, checked strictly (RFC 822 syntax, a domain, no list, no group). */
    static InternetAddress recipient(String address) throws AddressException {
        if (address == null || address.isBlank()) {
            throw new AddressException("empty");
        }
        InternetAddress to = new InternetAddress(address.strip(), true);
        to.validate();
        if (to.isGroup() || to.getAddress().indexOf('@') < 1) {
            throw new AddressException("not a single mailbox", address);
        }
        return to;
    }
}
