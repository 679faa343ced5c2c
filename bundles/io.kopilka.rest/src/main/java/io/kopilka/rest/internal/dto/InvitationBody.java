package io.kopilka.rest.internal.dto;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The settings an invitation grants the chat that uses it; see {@link StaffChatBody}. */
public record InvitationBody(Long venueId, List<String> kinds, Boolean shiftReports) {

    public Set<String> kindSet() {
        return kinds == null ? Set.of() : new LinkedHashSet<>(kinds);
    }

    public boolean wantsShiftReports() {
        return Boolean.TRUE.equals(shiftReports);
    }
}
