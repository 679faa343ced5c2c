package io.kopilka.api.messaging;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Sends a manager's message to guests who consented to advertising, through the outbox, and counts deliveries. */
@ProviderType
public interface Mailings {

    /**
     * Queues the text for the guests' addresses on installed channels.
     *
     * @param guestIds the guests to reach; {@code null} for every guest who consented
     */
    Mailing send(long organizationId, String text, List<Long> guestIds, String actor);

    /** @throws io.kopilka.api.NotFoundException if there is no such mailing in the organization */
    Mailing get(long organizationId, long mailingId);

    /** The newest first. */
    List<Mailing> list(long organizationId, int limit);
}
