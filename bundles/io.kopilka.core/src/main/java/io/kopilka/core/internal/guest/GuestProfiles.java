package io.kopilka.core.internal.guest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.guest.ConsentChange;
import io.kopilka.api.guest.GuestProfile;
import io.kopilka.api.guest.PhoneNumbers;
import io.kopilka.api.guest.Relative;
import io.kopilka.core.internal.text.Texts;

/** Checks a guest profile and brings its fields to their stored form (trimmed text, E.164 phone, lower-case email). */
final class GuestProfiles {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final int MAX_RELATIVES = 20;

    private GuestProfiles() {
    }

    /** The profile with every present field checked and normalised; absent fields stay {@code null}. */
    static GuestProfile normalise(GuestProfile p) {
        if (p == null) {
            throw new InvalidInputException(null, "a guest profile is required");
        }
        String phone = p.phone() == null || p.phone().isEmpty() ? p.phone() : PhoneNumbers.normalize(p.phone(), "phone");
        String email = p.email() == null || p.email().isEmpty() ? p.email()
                : Texts.optional(p.email(), "email", 254).toLowerCase(Locale.ROOT);
        if (email != null && !email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("email", "is not an email address");
        }
        return new GuestProfile(phone, keepEmpty(p.name(), "name", 200), p.gender(),
                birthDate(p.birthDate(), "birthDate"), relatives(p.relatives()), email,
                keepEmpty(p.address(), "address", 500), keepEmpty(p.comment(), "comment", 2000),
                consents(p.consents()), keepEmpty(p.registrationChannel(), "registrationChannel", 64),
                keepEmpty(p.source(), "source", 200));
    }

    /** {@code null} stays {@code null} (unchanged), empty stays empty (cleared), anything else is checked. */
    private static String keepEmpty(String value, String field, int max) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        String checked = Texts.optional(value, field, max);
        return checked == null ? "" : checked;
    }

    private static LocalDate birthDate(LocalDate date, String field) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LocalDate.now()))) {
            throw new InvalidInputException(field, "must be between 1900-01-01 and today");
        }
        return date;
    }

    private static List<Relative> relatives(List<Relative> relatives) {
        if (relatives == null) {
            return null;
        }
        if (relatives.size() > MAX_RELATIVES) {
            throw new InvalidInputException("relatives", "at most " + MAX_RELATIVES + " relatives");
        }
        List<Relative> result = new ArrayList<>();
        for (int i = 0; i < relatives.size(); i++) {
            Relative r = relatives.get(i);
            String at = "relatives[" + i + "]";
            if (r == null) {
                throw new InvalidInputException(at, "must not be null");
            }
            result.add(new Relative(Texts.optional(r.name(), at + ".name", 200),
                    Texts.optional(r.relation(), at + ".relation", 64), birthDate(r.birthDate(), at + ".birthDate")));
        }
        return result;
    }

    private static List<ConsentChange> consents(List<ConsentChange> consents) {
        if (consents == null) {
            return List.of();
        }
        List<ConsentChange> result = new ArrayList<>();
        for (int i = 0; i < consents.size(); i++) {
            ConsentChange c = consents.get(i);
            String at = "consents[" + i + "]";
            if (c == null || c.type() == null) {
                throw new InvalidInputException(at + ".type", "is required");
            }
            result.add(new ConsentChange(c.type(), c.granted(), Texts.required(c.channel(), at + ".channel", 64)));
        }
        return result;
    }

    /** Empty text means "clear": stored as {@code null}. */
    static String stored(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
