package io.kopilka.rest.internal.dto;

import io.kopilka.api.InvalidInputException;

/** Parses path and query parameters so that a malformed one is a 400 naming it (JAX-RS would answer 404). */
public final class Params {

    private Params() {
    }

    public static long id(String value, String name) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(name, "must be a positive integer id");
    }

    public static int intOr(String value, String name, int fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be an integer");
        }
    }

    /** A body that must be present. */
    public static <T> T body(T body) {
        if (body == null) {
            throw new InvalidInputException(null, "a JSON body is required");
        }
        return body;
    }

    /** A value of an enum, case-insensitive, or {@code null} when absent. */
    public static <E extends Enum<E>> E enumOr(Class<E> type, String value, String name) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A required value of an enum, case-insensitive. */
    public static <E extends Enum<E>> E enumOrFail(Class<E> type, String value, String name) {
        E e = enumOr(type, value, name);
        if (e == null) {
            throw new InvalidInputException(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
        return e;
    }
}
