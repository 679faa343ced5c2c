package io.kopilka.api.guest;

import java.time.LocalDate;

/**
 * Someone close to a guest whose birthday matters for promotions (a child, a spouse).
 *
 * @param relation free text: {@code child}, {@code spouse}, ...
 */
public record Relative(String name, String relation, LocalDate birthDate) {
}
