package io.kopilka.mechanic.bonus.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.mechanic.Parameters;

/**
 * When accrued points activate and expire, counted from the receipt's time in the venue's zone (days are calendar
 * days there, so a change of daylight saving time keeps the time of day). Fixed dates expire at the start of the next
 * listed date strictly after the receipt's local date; 29 February falls on 28 February in other years.
 */
record LotTiming(long activationDays, ExpiryMode expiry, long expiryDays, List<MonthDay> expiryDates) {

    LotTiming {
        expiryDates = List.copyOf(expiryDates);
    }

    static LotTiming from(Parameters parameters) {
        long activation = parameters.integer(BonusSchema.ACTIVATION_DAYS).orElse(0L);
        ExpiryMode expiry = parameters.string(BonusSchema.EXPIRY).map(ExpiryMode::valueOf).orElse(ExpiryMode.NONE);
        long days = parameters.integer(BonusSchema.EXPIRY_DAYS).orElse(0L);
        List<MonthDay> dates = parameters.strings(BonusSchema.EXPIRY_DATES).stream().map(LotTiming::monthDay).toList();
        return new LotTiming(Math.max(0, activation), expiry, days, dates);
    }

    /** When points accrued at {@code receipt} become spendable. */
    Instant activatesAt(ZonedDateTime receipt) {
        return receipt.plusDays(activationDays).toInstant();
    }

    /**
     * When points accrued at {@code receipt} expire; {@code null} for never (also when the mode lacks its days or
     * dates).
     */
    Instant expiresAt(ZonedDateTime receipt) {
        return switch (expiry) {
            case NONE -> null;
            case AFTER_ACCRUAL, AFTER_LAST_PURCHASE -> expiryDays > 0 ? receipt.plusDays(expiryDays).toInstant() : null;
            case FIXED_DATES -> nextFixedDate(receipt);
        };
    }

    /** Whether the guest's older points live until the new points' expiry. */
    boolean extendsExpiry() {
        return expiry == ExpiryMode.AFTER_LAST_PURCHASE;
    }

    private Instant nextFixedDate(ZonedDateTime receipt) {
        LocalDate today = receipt.toLocalDate();
        LocalDate next = null;
        for (MonthDay date : expiryDates) {
            LocalDate candidate = date.atYear(today.getYear());
            if (!candidate.isAfter(today)) {
                candidate = date.atYear(today.getYear() + 1);
            }
            if (next == null || candidate.isBefore(next)) {
                next = candidate;
            }
        }
        return next == null ? null : next.atStartOfDay(receipt.getZone()).toInstant();
    }

    private static MonthDay monthDay(String text) {
        try {
            return MonthDay.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(BonusSchema.EXPIRY_DATES, "must be yearly dates --MM-DD: " + text);
        }
    }
}
