package io.kopilka.channel.email.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.kopilka.api.messaging.Delivery;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * What an SMTP failure means for the message. A 5xx answer to the recipient or to the message itself is permanent
 * ({@link Delivery.Failed}); 4xx answers, unreachable or silent servers are transient ({@link Delivery.RetryLater}
 * with the outbox's backoff). A refused login or sender is the channel's configuration, not the message's fault: it is
 * retried after {@link #CONFIGURATION_RETRY}, so messages wait while someone fixes the settings.
 */
final class SmtpOutcome {

    static final Duration CONFIGURATION_RETRY = Duration.ofMinutes(5);

    private SmtpOutcome() {
    }

    static Delivery of(MessagingException e) {
        List<Throwable> chain = chain(e);
        for (Throwable t : chain) {
            if (t instanceof SMTPAddressFailedException a) {
                return byCode(a.getReturnCode(), "the server refused the recipient: " + reply(a));
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SMTPSenderFailedException s) {
                return new Delivery.RetryLater(CONFIGURATION_RETRY,
                        "the server refused the sender " + s.getAddress() + ": " + reply(s));
            }
        }
        if (e instanceof AuthenticationFailedException) {
            return new Delivery.RetryLater(CONFIGURATION_RETRY, "the server refused the login: " + reply(e));
        }
        if (e instanceof SMTPSendFailedException s) {
            return byCode(s.getReturnCode(), "the server refused the message: " + reply(s));
        }
        for (Throwable t : chain) {
            if (t instanceof IOException io) {
                return new Delivery.RetryLater(null, "cannot talk to the SMTP server: " + reply(e) + " ("
                        + io.getClass().getSimpleName() + ")");
            }
        }
        return new Delivery.RetryLater(null, "SMTP failed: " + reply(e));
    }

    /** 5xx is permanent, anything else (4xx, odd codes) may pass later. */
    static Delivery byCode(int code, String reason) {
        return code >= 500 && code <= 599 ? new Delivery.Failed(reason) : new Delivery.RetryLater(null, reason);
    }

    /** The exception, its causes and the exceptions chained to it by Jakarta Mail, each once. */
    private static List<Throwable> chain(MessagingException e) {
        List<Throwable> all = new ArrayList<>();
        List<Throwable> todo = new ArrayList<>(List.of(e));
        while (!todo.isEmpty() && all.size() < 20) {
            Throwable t = todo.remove(0);
            if (t == null || all.contains(t)) {
                continue;
            }
            all.add(t);
            todo.add(t.getCause());
            if (t instanceof MessagingException m) {
                todo.add(m.getNextException());
            }
        }
        return all;
    }

    /** The server's words (or the exception's message) on one line. */
    private static String reply(Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.replaceAll("\\s+", " ").strip();
    }
}
