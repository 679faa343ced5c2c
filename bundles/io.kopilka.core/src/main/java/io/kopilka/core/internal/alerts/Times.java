package io.kopilka.core.internal.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Writes instants in the venues' zone as Russian readers expect them: {@code 23.11.2026 14:05}. */
final class Times {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Times() {
    }

    static String dateTime(Instant at, ZoneId zone) {
        return DATE_TIME.format(at.atZone(zone));
    }

    static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** An hour of the day as a span: {@code 09:00–10:00}. */
    static String hourSpan(int hour) {
        return String.format("%02d:00–%02d:00", hour, (hour + 1) % 24);
    }
}
