package io.kopilka.channel.email.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server for the tests (GreenMail on a free loopback port) that can also answer like a strict provider:
 * refuse given recipients or every message body with a given SMTP reply.
 */
final class TestSmtpServer extends GreenMail {

    private final Map<String, String> recipientReplies = new ConcurrentHashMap<>();
    private volatile String dataReply;

    TestSmtpServer(String protocol) {
        super(new ServerSetup(0, "127.0.0.1", protocol));
        managers = new Managers() {
            private final SmtpManager smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress rcpt) {
                    return recipientReplies.get(rcpt.getEmail());
                }

                @Override
                public String checkData(SmtpState state) {
                    return dataReply;
                }
            };

            @Override
            public SmtpManager getSmtpManager() {
                return smtp;
            }
        };
    }

    /** Answers {@code reply} (e.g. "550 5.1.1 No such user") to RCPT TO this address. */
    void refuseRecipient(String address, String reply) {
        recipientReplies.put(address, reply);
    }

    /** Answers {@code reply} (e.g. "554 5.7.1 Spam") after every message body. */
    void refuseData(String reply) {
        dataReply = reply;
    }

    int port() {
        return (getSmtp() != null ? getSmtp() : getSmtps()).getPort();
    }
}
