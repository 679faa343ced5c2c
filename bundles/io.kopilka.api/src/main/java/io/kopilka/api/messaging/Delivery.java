package io.kopilka.api.messaging;

import java.time.Duration;

/** What a channel says of one attempt to send a message. */
public sealed interface Delivery {

    /** Delivered; {@code providerId} is the provider's id of it (a Telegram message id), if any. */
    record Delivered(String providerId) implements Delivery {
    }

    /** Not now (rate limited, provider down): try again after {@code after}, or by the outbox's backoff if null. */
    record RetryLater(Duration after, String reason) implements Delivery {
    }

    /** Never deliverable (a blocked bot, a bad address): the outbox gives up. */
    record Failed(String reason) implements Delivery {
    }
}
