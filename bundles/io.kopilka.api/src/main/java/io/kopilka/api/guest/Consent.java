package io.kopilka.api.guest;

import java.time.Instant;

/**
 * The latest decision of a guest on one kind of consent.
 *
 * @param granted given ({@code true}) or withdrawn
 * @param at when it was given or withdrawn
 * @param channel where: {@code pos}, {@code telegram}, {@code web}, {@code api}, ...
 */
public record Consent(ConsentType type, boolean granted, Instant at, String channel) {
}
