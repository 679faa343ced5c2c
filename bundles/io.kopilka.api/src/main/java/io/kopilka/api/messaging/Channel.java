package io.kopilka.api.messaging;

import java.time.Duration;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A messaging channel, registered with {@value #ID_PROPERTY}{@code =<id>}. The outbox calls {@link #send} from one
 * sender thread, no faster than {@link #perSecond()}; a channel reports each attempt's outcome and never throws for a
 * delivery problem.
 */
@ConsumerType
public interface Channel {

    String ID_PROPERTY = "kopilka.channel";

    Delivery send(Message message);

    /** At most this many messages a second over the whole channel (Telegram: about 30). */
    default int perSecond() {
        return 30;
    }

    /**
     * The least time between two messages to the same address (Telegram: one a second per chat); the outbox holds a
     * message back, without counting an attempt, until its address is free.
     */
    default Duration perAddressInterval() {
        return Duration.ZERO;
    }
}
