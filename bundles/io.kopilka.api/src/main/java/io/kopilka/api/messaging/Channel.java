package io.kopilka.api.messaging;

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
}
