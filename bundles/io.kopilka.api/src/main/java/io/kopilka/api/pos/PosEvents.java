package io.kopilka.api.pos;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Stores POS events once each and posts them on EventAdmin. */
@ProviderType
public interface PosEvents {

    /** Topics are this prefix and the event's kind. */
    String TOPIC_PREFIX = "io/kopilka/pos/";

    /** Stores the event and posts it, unless one with its vendor and dedupe key was stored before. */
    boolean publish(PosEvent event);

    /** The venue's (or all venues', with {@code null}) events since a moment, oldest first. */
    List<PosEvent> since(long organizationId, Long venueId, Instant from, int limit);
}
