package io.kopilka.api.processing;

/**
 * Where a POS call comes from: taken from a terminal token, or resolved by a POS plugin from its own identification
 * (a restaurant code and a station number).
 *
 * @param author who the ledger records as acting ({@code terminal:till-1})
 */
public record PosContext(long organizationId, long venueId, long terminalId, String author) {
}
