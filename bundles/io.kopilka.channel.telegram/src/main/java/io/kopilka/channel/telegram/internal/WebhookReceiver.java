package io.kopilka.channel.telegram.internal;

import io.kopilka.channel.telegram.internal.intake.WebhookIntake;

/** Takes a webhook call for the bot (a service inside this bundle, between the bot and its JAX-RS endpoint). */
public interface WebhookReceiver {

    WebhookIntake.Result receive(String key, String secretHeader, byte[] body);
}
