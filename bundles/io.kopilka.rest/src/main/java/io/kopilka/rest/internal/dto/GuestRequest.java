package io.kopilka.rest.internal.dto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.guest.ConsentChange;
import io.kopilka.api.guest.ConsentType;
import io.kopilka.api.guest.Gender;
import io.kopilka.api.guest.GuestProfile;
import io.kopilka.api.guest.Relative;

/** The JSON body that creates or changes a guest. */
public record GuestRequest(String phone, String name, Gender gender, LocalDate birthDate, List<Relative> relatives,
        String email, String address, String comment, List<ConsentRequest> consents, String registrationChannel,
        String source) {

    /** A consent given or withdrawn; the channel defaults to the caller's. */
    public record ConsentRequest(ConsentType type, Boolean granted, String channel) {
    }

    /** The profile, with consent channels defaulting to {@code channel}. */
    public GuestProfile toProfile(String channel) {
        List<ConsentChange> changes = new ArrayList<>();
        if (consents != null) {
            for (int i = 0; i < consents.size(); i++) {
                ConsentRequest c = consents.get(i);
                if (c == null || c.type() == null) {
                    throw new InvalidInputException("consents[" + i + "].type", "is required");
                }
                if (c.granted() == null) {
                    throw new InvalidInputException("consents[" + i + "].granted", "is required");
                }
                changes.add(new ConsentChange(c.type(), c.granted(), c.channel() == null ? channel : c.channel()));
            }
        }
        return new GuestProfile(phone, name, gender, birthDate, relatives, email, address, comment, changes,
                registrationChannel, source);
    }
}
