package io.kopilka.pos.rkeeper.internal.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * Tolerant readers for attribute values. A value that cannot be read counts as absent; one odd attribute never
 * rejects a whole notification. Integers are taken as they are (kopecks, thousandths of a portion, as the
 * third-party shape shows); a decimal point means whole units (rubles, portions) and is scaled exactly.
 */
final class Values {

    private Values() {
    }

    /** The trimmed text, or {@code null} when absent or blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An amount in kopecks; 0 when absent or unreadable. */
    static long kopecks(String value) {
        return scaled(value, 2);
    }

    /** A quantity in thousandths of a portion ({@code 1000} = one portion); 0 when absent or unreadable. */
    static long milli(String value) {
        return scaled(value, 3);
    }

    /** A whole number, or {@code null}. */
    static Long integer(String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code 1}/{@code true} or {@code 0}/{@code false}; {@code null} when absent or anything else. */
    static Boolean flag(String value) {
        String text = text(value);
        if ("1".equals(text) || "true".equalsIgnoreCase(text)) {
            return Boolean.TRUE;
        }
        if ("0".equals(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** An XML date-time without zone ({@code 2020-01-14T15:38:23}, fractions allowed), or {@code null}. */
    static LocalDateTime dateTime(String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The date part of an XML date or date-time, or {@code null}. */
    static LocalDate date(String value) {
        String text = text(value);
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static long scaled(String value, int digits) {
        String text = text(value);
        if (text == null) {
            return 0;
        }
        try {
            if (text.indexOf('.') < 0 && text.indexOf(',') < 0) {
                return Long.parseLong(text);
            }
            BigDecimal units = new BigDecimal(text.replace(',', '.'));
            return units.movePointRight(digits).setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return 0;
        }
    }
}
