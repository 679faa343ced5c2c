package io.kopilka.channel.email.internal;

import java.util.Locale;

/** How the connection to the SMTP server is protected, with the port that goes with each way by default. */
enum Security {

    /** Plain SMTP, upgraded to TLS by STARTTLS before anything else is said; refused if the server cannot. */
    STARTTLS(587),
    /** TLS from the first byte (SMTPS, "SSL"). */
    SMTPS(465),
    /** No encryption at all: only for a relay on a trusted network. */
    NONE(25);

    final int defaultPort;

    Security(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    static Security parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("security must be starttls, smtps or none, not " + value);
        }
    }
}
