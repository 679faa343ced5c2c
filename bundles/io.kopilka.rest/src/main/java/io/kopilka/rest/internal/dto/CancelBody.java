package io.kopilka.rest.internal.dto;

/** Cancels (storno) a committed receipt, e.g. one deleted at the till. */
public record CancelBody(String receiptId, String reason) {
}
