package io.kopilka.channel.email.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The e-mail channel's configuration (pid {@code io.kopilka.channel.email}): the SMTP server and the sender. */
@ObjectClassDefinition(name = "Kopilka e-mail channel", description = "Sends outbox messages by SMTP")
@interface EmailConfig {

    @AttributeDefinition(name = "SMTP host", description = "For example smtp.yandex.ru or smtp.mail.ru")
    String host();

    @AttributeDefinition(name = "Port", description = "0 for the usual one: 587 with STARTTLS, 465 with SMTPS, "
            + "25 without encryption")
    int port() default 0;

    @AttributeDefinition(name = "Security", options = {
        @Option(label = "STARTTLS (port 587)", value = "starttls"),
        @Option(label = "SMTPS, TLS from the start (port 465)", value = "smtps"),
        @Option(label = "None (only for a relay on a trusted network)", value = "none")})
    String security() default "starttls";

    @AttributeDefinition(name = "User name", description = "Empty for a server that needs no login", required = false)
    String username() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false,
            description = "Often an application password issued by the mail provider; never logged")
    String password() default "";

    @AttributeDefinition(name = "From address", description = "The sender's address; providers usually accept "
            + "only the address of the account you log in with")
    String from_address();

    @AttributeDefinition(name = "From name", required = false, description = "Shown as the sender, e.g. Demo Bistro")
    String from_name() default "";

    @AttributeDefinition(name = "Default subject", description = "For messages that come without one")
    String default_subject() default "Kopilka";

    @AttributeDefinition(name = "Connect timeout (seconds)")
    int connect_timeout_seconds() default 10;

    @AttributeDefinition(name = "Read timeout (seconds)", description = "How long to wait for each answer of the server")
    int read_timeout_seconds() default 30;

    @AttributeDefinition(name = "Messages a second", description = "At most this many messages a second")
    int per_second() default 5;
}
