package io.kopilka.api.security;

/**
 * A token just issued: the only moment its secret is known.
 *
 * @param secret the bearer value to hand to the holder; Kopilka keeps only its hash
 */
public record IssuedToken(TokenInfo info, String secret) {
}
