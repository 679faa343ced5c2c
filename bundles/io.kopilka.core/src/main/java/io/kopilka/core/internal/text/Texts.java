package io.kopilka.core.internal.text;

import io.kopilka.api.InvalidInputException;

/** Checks of free-text input: required or optional, trimmed, bounded in length. */
public final class Texts {

    private Texts() {
    }

    /** A non-blank text of at most {@code max} characters, trimmed. */
    public static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return optional(value, field, max);
    }

    /** {@code null} or blank gives {@code null}; otherwise the trimmed text of at most {@code max} characters. */
    public static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                throw new InvalidInputException(field, "must not contain control characters");
            }
        }
        return trimmed;
    }
}
