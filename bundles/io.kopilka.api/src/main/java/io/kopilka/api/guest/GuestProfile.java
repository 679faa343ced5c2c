package io.kopilka.api.guest;

import java.time.LocalDate;
import java.util.List;

/**
 * The fields of a guest to create or change. On update a {@code null} field stays as it is; an empty string clears a
 * text field and an empty list clears the relatives.
 *
 * @param phone in any accepted form; normalised to E.164 and kept as the guest's PHONE identifier
 */
public record GuestProfile(String phone, String name, Gender gender, LocalDate birthDate, List<Relative> relatives,
        String email, String address, String comment, List<ConsentChange> consents, String registrationChannel,
        String source) {

    /** A profile with only a phone and a name, as a till registers a guest. */
    public static GuestProfile of(String phone, String name) {
        return new GuestProfile(phone, name, null, null, null, null, null, null, null, null, null);
    }
}
