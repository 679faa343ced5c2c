package io.kopilka.api.account;

import java.time.Instant;

/** A batch of points: credited at once, spendable from {@code activatesAt}, gone at {@code expiresAt}. */
public record BonusLot(long id, long initialAmount, long remaining, Instant activatesAt, Instant expiresAt,
        long sourceEntryId) {

    /** Whether its points may be spent at {@code now}. */
    public boolean spendableAt(Instant now) {
        return !activatesAt.isAfter(now) && (expiresAt == null || expiresAt.isAfter(now));
    }
}
