package io.kopilka.api.guest;

import java.time.Instant;

/** One way to find a guest: a phone, a card, a barcode, a QR token or a virtual card. */
public record Identifier(long id, long guestId, IdentifierType type, String value, IdentifierStatus status,
        Instant createdAt, Instant blockedAt, String blockReason) {

    public boolean active() {
        return status == IdentifierStatus.ACTIVE;
    }
}
