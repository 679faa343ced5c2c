package io.kopilka.rest.internal.dto;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A staff chat to save: where it is ({@code channel}, {@code address}), the venue it follows ({@code null}: every
 * venue), the POS event kinds it wants (none: all but the routine ones) and whether it gets shift reports.
 */
public record StaffChatBody(String channel, String address, Long venueId, List<String> kinds, Boolean shiftReports) {

    public Set<String> kindSet() {
        return kinds == null ? Set.of() : new LinkedHashSet<>(kinds);
    }

    public boolean wantsShiftReports() {
        return Boolean.TRUE.equals(shiftReports);
    }
}
