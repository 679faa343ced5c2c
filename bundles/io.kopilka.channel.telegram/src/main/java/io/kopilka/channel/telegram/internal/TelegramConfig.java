package io.kopilka.channel.telegram.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The bot's settings ({@code etc/io.kopilka.channel.telegram.cfg}, or the web console); nothing runs without them. */
@ObjectClassDefinition(name = "Kopilka Telegram bot", description = "The Telegram channel and the guest bot")
public @interface TelegramConfig {

    @AttributeDefinition(name = "Bot token", type = AttributeType.PASSWORD,
            description = "From @BotFather (<digits>:<secret>); never logged")
    String botToken() default "";

    @AttributeDefinition(name = "Organization", description = "The id of the organization whose guests the bot "
            + "serves; 0: the only organization there is")
    long organization() default 0;

    @AttributeDefinition(name = "Bot API URL", description = "https://api.telegram.org, or a local Bot API server")
    String apiBaseUrl() default "https://api.telegram.org";

    @AttributeDefinition(name = "Mode", options = {@Option(label = "Long polling", value = "polling"),
        @Option(label = "Webhook", value = "webhook")})
    String mode() default "polling";

    @AttributeDefinition(name = "Webhook secret", type = AttributeType.PASSWORD, required = false,
            description = "Webhook mode: 1-256 characters A-Z a-z 0-9 _ -; Telegram sends it with every update")
    String webhookSecret() default "";

    @AttributeDefinition(name = "Webhook URL", required = false, description = "Webhook mode: this Kopilka's public "
            + "HTTPS address (https://loyalty.example.ru); the bot registers <it>/api/ext/telegram/<bot id>/webhook")
    String webhookUrl() default "";

    @AttributeDefinition(name = "Long poll (seconds)", description = "How long one getUpdates waits for news")
    int pollTimeoutSeconds() default 50;

    @AttributeDefinition(name = "Time zone", description = "For the dates the bot shows and /report's today")
    String zone() default "Europe/Moscow";

    @AttributeDefinition(name = "Privacy policy URL", required = false,
            description = "Shown with the consent question, if set")
    String privacyPolicyUrl() default "";
}
