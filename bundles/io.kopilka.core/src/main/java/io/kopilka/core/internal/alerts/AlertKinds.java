package io.kopilka.core.internal.alerts;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.kopilka.api.InvalidInputException;

/**
 * The POS event kinds a chat asks for. Kinds are defined by the POS plugins, so any constant name that
 * {@code PosEvents} would store is accepted (upper-case letters, digits and underscores, starting with a letter, at
 * most 64 characters); they are stored sorted and comma separated.
 */
final class AlertKinds {

    static final int MAX_KINDS = 60;
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private AlertKinds() {
    }

    /** The kinds checked, sorted; {@code null} is no kinds (every kind). */
    static Set<String> validate(Set<String> kinds, String field) {
        if (kinds == null) {
            return Set.of();
        }
        if (kinds.size() > MAX_KINDS) {
            throw new InvalidInputException(field, "must list at most " + MAX_KINDS + " kinds");
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (String kind : kinds) {
            if (kind == null || !KIND.matcher(kind).matches()) {
                throw new InvalidInputException(field, "must hold upper-case constant names such as RECEIPT_DELETED"
                        + " (at most 64 characters), not " + (kind == null ? "null" : "'" + clip(kind) + "'"));
            }
            sorted.add(kind);
        }
        return sorted;
    }

    private static String clip(String kind) {
        return kind.length() <= 70 ? kind : kind.substring(0, 70) + "...";
    }

    static String format(Set<String> kinds) {
        return new TreeSet<>(kinds).stream().collect(Collectors.joining(","));
    }

    static Set<String> parse(String stored) {
        if (stored == null || stored.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).collect(Collectors.toUnmodifiableSet());
    }
}
