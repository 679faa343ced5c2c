package io.kopilka.channel.telegram.internal.bot;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How the bot writes numbers and dates in Russian: minor units exactly (no floating point), thousands apart by a
 * no-break space, a decimal comma: money {@code 1 234,50 ₽}; points {@code 1 234,50} with whole points shown
 * without {@code ,00}; dates {@code 23.11.2026}.
 */
public final class Formats {

    static final char GROUP = '\u00a0';
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Formats() {
    }

    /** {@code 123450} → {@code 1 234,50 ₽}. */
    public static String money(long minor) {
        return decimal(minor, true) + GROUP + "₽";
    }

    /** Points: {@code 39100} → {@code 391}, {@code 39150} → {@code 391,50}. */
    public static String points(long minor) {
        return decimal(minor, minor % 100 != 0);
    }

    /** Points with their noun in the right form: {@code 391 бонус}, {@code 2 бонуса}, {@code 5 бонусов}. */
    public static String pointsWithNoun(long minor) {
        return points(minor) + " " + bonusNoun(minor);
    }

    /** «бонус» agreeing with the number (fractions take the genitive singular). */
    static String bonusNoun(long minor) {
        if (minor % 100 != 0) {
            return "бонуса";
        }
        long n = Math.abs(minor / 100);
        long lastTwo = n % 100;
        long last = n % 10;
        if (last == 1 && lastTwo != 11) {
            return "бонус";
        }
        if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return "бонуса";
        }
        return "бонусов";
    }

    public static String date(Instant at, ZoneId zone) {
        return DATE.format(at.atZone(zone));
    }

    private static String decimal(long minor, boolean fraction) {
        String sign = minor < 0 ? "-" : "";
        String digits = Long.toString(Math.abs(minor / 100));
        StringBuilder whole = new StringBuilder(digits.length() + 6);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                whole.append(GROUP);
            }
            whole.append(digits.charAt(i));
        }
        long cents = Math.abs(minor % 100);
        return sign + whole + (fraction ? "," + (cents < 10 ? "0" : "") + cents : "");
    }
}
