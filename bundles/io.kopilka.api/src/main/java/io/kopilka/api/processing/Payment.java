package io.kopilka.api.processing;

/**
 * A payment of a receipt, planned (calculate) or made (commit).
 *
 * @param method the POS's name of the method: {@code cash}, {@code card}, {@code certificate}, ...
 * @param amount minor units
 */
public record Payment(String method, long amount) {
}
