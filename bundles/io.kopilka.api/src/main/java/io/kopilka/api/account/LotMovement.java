package io.kopilka.api.account;

/** How much an entry put into (positive) or took from (negative) one bonus lot. */
public record LotMovement(long lotId, long amount) {
}
