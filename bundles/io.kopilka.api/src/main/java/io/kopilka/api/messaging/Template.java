package io.kopilka.api.messaging;

import java.time.Instant;

/**
 * The text of one kind of notice, with {@code {placeholder}}s.
 *
 * @param enabled whether the notice is sent at all
 * @param custom {@code false} while the organization uses Kopilka's default text
 * @param updatedAt when it was last changed; {@code null} for the default
 */
public record Template(TemplateKind kind, String text, boolean enabled, boolean custom, Instant updatedAt) {
}
