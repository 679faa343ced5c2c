package io.kopilka.rest.internal.dto;

import java.math.BigDecimal;
import java.time.Instant;

import io.kopilka.api.Amounts;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.account.OperationRequest;
import io.kopilka.api.account.OperationType;

/**
 * A manual operation as JSON: amounts are decimals with at most two fractional digits.
 *
 * @param author the person behind it (a manager's name), recorded next to the token's name
 */
public record OperationBody(String idempotencyKey, OperationType type, BigDecimal amount, String reason,
        String comment, Instant activatesAt, Instant expiresAt, String author) {

    /** The request, with the key from the body or, failing that, the {@code Idempotency-Key} header. */
    public OperationRequest toRequest(String headerKey) {
        String key = idempotencyKey != null ? idempotencyKey : headerKey;
        if (type == null) {
            throw new InvalidInputException("type", "is required");
        }
        long minor = type == OperationType.ADJUST ? Amounts.toMinor(amount, "amount")
                : Amounts.toMinorPositive(amount, "amount");
        return new OperationRequest(key, type, minor, reason, comment, activatesAt, expiresAt);
    }
}
