package io.kopilka.rest.internal.dto;

/** A body with an optional reason (blocking an identifier) and, for storno, the idempotency key. */
public record ReasonRequest(String idempotencyKey, String reason) {
}
