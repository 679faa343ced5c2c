package io.kopilka.rest.internal.dto;

import java.time.Instant;
import java.util.List;

import io.kopilka.api.alerts.StaffChat;

/** A staff chat as JSON, its kinds sorted. */
public record StaffChatView(long id, String channel, String address, Long venueId, List<String> kinds,
        boolean shiftReports, Instant createdAt) {

    public static StaffChatView of(StaffChat c) {
        return new StaffChatView(c.id(), c.channel(), c.address(), c.venueId(), c.kinds().stream().sorted().toList(),
                c.shiftReports(), c.createdAt());
    }

    /** An invitation as JSON: the code is in this answer only. */
    public record InvitationView(String code, Instant expiresAt, Long venueId, List<String> kinds,
            boolean shiftReports) {

        public static InvitationView of(StaffChat.Invitation i) {
            return new InvitationView(i.code(), i.expiresAt(), i.venueId(), i.kinds().stream().sorted().toList(),
                    i.shiftReports());
        }
    }
}
