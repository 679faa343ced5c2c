package io.kopilka.api.messaging;

import java.time.Instant;

/**
 * Where a guest can be reached on a channel: a Telegram chat, for instance.
 *
 * @param notifications whether the guest wants notices about their own purchases and points (thank-you, accrual,
 *        expiring points) on this address; mailings also need the guest's ADVERTISING consent
 */
public record GuestContact(long organizationId, long guestId, String channel, String address, boolean notifications,
        Instant linkedAt) {
}
