package io.kopilka.api.alerts;

import java.time.Instant;
import java.util.Set;

/**
 * A staff chat receiving alerts.
 *
 * @param venueId the venue it follows; {@code null} for all venues (the owner's chat)
 * @param kinds the POS event kinds it wants ({@code RECEIPT_DELETED}, ...); empty for all
 * @param shiftReports whether it gets the report at each shift close
 */
public record StaffChat(long id, long organizationId, String channel, String address, Long venueId, Set<String> kinds,
        boolean shiftReports, Instant createdAt) {

    public StaffChat {
        kinds = Set.copyOf(kinds);
    }

    /** Whether an event of this kind at this venue goes to the chat. */
    public boolean wants(String kind, long venue) {
        return (venueId == null || venueId == venue) && (kinds.isEmpty() || kinds.contains(kind));
    }

    /** A code a manager hands to a chat to join with these settings (the bot's {@code /alerts <code>}). */
    public record Invitation(String code, Instant expiresAt, Long venueId, Set<String> kinds, boolean shiftReports) {

        public Invitation {
            kinds = Set.copyOf(kinds);
        }
    }
}
