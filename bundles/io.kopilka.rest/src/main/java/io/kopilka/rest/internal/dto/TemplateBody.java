package io.kopilka.rest.internal.dto;

/** Changes a notice template: a new text, switching it on or off, or both; a missing field is kept. */
public record TemplateBody(String text, Boolean enabled) {
}
