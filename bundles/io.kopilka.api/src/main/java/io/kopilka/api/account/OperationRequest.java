package io.kopilka.api.account;

import java.time.Instant;

/**
 * A manual operation on a guest's accounts.
 *
 * @param idempotencyKey the caller's key: the same key again returns the first result; with a different request, a 409
 * @param amount minor units; positive, except for {@link OperationType#ADJUST} which takes either sign (not zero)
 * @param reason why (required for ADJUST)
 * @param activatesAt for points credited: when they become spendable; {@code null} means at once
 * @param expiresAt for points credited: when they expire; {@code null} means never
 */
public record OperationRequest(String idempotencyKey, OperationType type, long amount, String reason, String comment,
        Instant activatesAt, Instant expiresAt) {

    public static OperationRequest of(String idempotencyKey, OperationType type, long amount) {
        return new OperationRequest(idempotencyKey, type, amount, null, null, null, null);
    }
}
