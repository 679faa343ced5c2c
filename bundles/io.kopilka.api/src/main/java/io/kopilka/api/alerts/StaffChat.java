package io.kopilka.api.alerts;

import java.time.Instant;
import java.util.Set;

/**
 * A staff chat receiving alerts.
 *
 * @param venueId the venue it follows; {@code null} for all venues (the owner's chat)
 * @param kinds the POS event kinds it wants ({@code RECEIPT_DELETED}, ...); empty for every kind but the
 *        {@link #ROUTINE_KINDS}, which a chat gets only by naming them
 * @param shiftReports whether it gets the report at each shift close
 */
public record StaffChat(long id, long organizationId, String channel, String address, Long venueId, Set<String> kinds,
        boolean shiftReports, Instant createdAt) {

    /**
     * The order lifecycle a POS reports many times an hour (orders opened and changed, dishes added) and notices it
     * could not read: a chat that asks for every kind would drown in them, so it gets them only by naming them.
     */
    public static final Set<String> ROUTINE_KINDS = Set.of("NEW_ORDER", "ORDER_OPENED", "ORDER_CHANGED",
            "ORDER_RECALCULATED", "DISH_ADDED_UNSAVED", "DISH_ADDED_SAVED", "UNRECOGNIZED");

    public StaffChat {
        kinds = Set.copyOf(kinds);
    }

    /** Whether an event of this kind at this venue goes to the chat. */
    public boolean wants(String kind, long venue) {
        return follows(venue) && (kinds.isEmpty() ? !ROUTINE_KINDS.contains(kind) : kinds.contains(kind));
    }

    /** Whether the chat follows this venue: its own, or every venue. */
    public boolean follows(long venue) {
        return venueId == null || venueId == venue;
    }

    /** A code a manager hands to a chat to join with these settings (the bot's {@code /alerts <code>}). */
    public record Invitation(String code, Instant expiresAt, Long venueId, Set<String> kinds, boolean shiftReports) {

        public Invitation {
            kinds = Set.copyOf(kinds);
        }
    }
}
