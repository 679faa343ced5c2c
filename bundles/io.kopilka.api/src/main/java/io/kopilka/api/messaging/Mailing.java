package io.kopilka.api.messaging;

import java.time.Instant;

/**
 * A message a manager sent to guests, and how far its delivery got.
 *
 * @param recipients the messages queued (one per address of each guest who consented to advertising)
 * @param skipped guests asked for but not messaged: no consent, or no address on an installed channel
 */
public record Mailing(long id, long organizationId, String text, Instant createdAt, String createdBy, int recipients,
        int skipped, int sent, int failed, int pending) {
}
