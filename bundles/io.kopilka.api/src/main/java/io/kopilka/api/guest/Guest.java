package io.kopilka.api.guest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A guest of an organization: the profile, the current consents and where the guest came from.
 *
 * @param phone E.164 ({@code +79161234567}) or {@code null}
 * @param registrationChannel where the guest registered: {@code pos}, {@code telegram}, {@code web}, {@code api}
 * @param source the attribution of the registration (an ad campaign, a referrer, a QR poster)
 */
public record Guest(long id, long organizationId, String phone, String name, Gender gender, LocalDate birthDate,
        List<Relative> relatives, String email, String address, String comment, List<Consent> consents,
        String registrationChannel, String source, Instant createdAt, Instant updatedAt) {

    public Guest {
        relatives = List.copyOf(relatives);
        consents = List.copyOf(consents);
    }
}
