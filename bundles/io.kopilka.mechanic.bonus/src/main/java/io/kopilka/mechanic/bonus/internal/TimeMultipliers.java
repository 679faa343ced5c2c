package io.kopilka.mechanic.bonus.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.mechanic.Parameters;

/** Happy hours: the factor a receipt's local time earns, the highest of the windows it falls in (none: 1). */
record TimeMultipliers(List<Window> windows) {

    /**
     * Days (empty: every day) and {@code [from, to)} of local time. A window whose end is not after its start crosses
     * midnight (22:00-02:00); its part after midnight belongs to the day before. No {@code to}: until midnight.
     */
    record Window(Set<DayOfWeek> days, LocalTime from, LocalTime to, BigDecimal factor) {

        Window {
            days = Set.copyOf(days);
        }

        boolean matches(LocalDateTime local) {
            LocalTime time = local.toLocalTime();
            if (to == null || from.isBefore(to)) {
                return onDay(local.getDayOfWeek()) && !time.isBefore(from) && (to == null || time.isBefore(to));
            }
            if (!time.isBefore(from)) {
                return onDay(local.getDayOfWeek());
            }
            return time.isBefore(to) && onDay(local.getDayOfWeek().minus(1));
        }

        private boolean onDay(DayOfWeek day) {
            return days.isEmpty() || days.contains(day);
        }
    }

    TimeMultipliers {
        windows = List.copyOf(windows);
    }

    static TimeMultipliers from(Parameters parameters) {
        return new TimeMultipliers(parameters.list(BonusSchema.MULTIPLIERS).stream()
                .map(item -> new Window(days(item.strings(BonusSchema.DAYS)),
                        item.time(BonusSchema.FROM).orElse(LocalTime.MIDNIGHT),
                        item.time(BonusSchema.TO).orElse(null),
                        item.decimalOr(BonusSchema.FACTOR, BigDecimal.ONE)))
                .toList());
    }

    /** The highest factor of the windows {@code local} falls in; 1 if none. */
    BigDecimal factor(LocalDateTime local) {
        BigDecimal best = null;
        for (Window window : windows) {
            if (window.matches(local) && (best == null || window.factor().compareTo(best) > 0)) {
                best = window.factor();
            }
        }
        return best == null ? BigDecimal.ONE : best;
    }

    private static Set<DayOfWeek> days(List<String> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            try {
                days.add(DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("multipliers.days", "unknown day " + name);
            }
        }
        return days;
    }
}
