package io.kopilka.api.alerts;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/** Keeps the staff chats that receive owner alerts and reports. */
@ProviderType
public interface StaffChats {

    /** Adds a chat (or changes the settings of a known one) directly. */
    StaffChat save(long organizationId, String channel, String address, Long venueId, Set<String> kinds,
            boolean shiftReports, String actor);

    /** A one-time code, valid for a day, that lets a chat join with these settings. */
    StaffChat.Invitation invite(long organizationId, Long venueId, Set<String> kinds, boolean shiftReports,
            String actor);

    /** Joins a chat by an invitation code. @throws io.kopilka.api.NotFoundException for an unknown or used code */
    StaffChat join(long organizationId, String code, String channel, String address);

    Optional<StaffChat> find(long organizationId, String channel, String address);

    List<StaffChat> list(long organizationId);

    void remove(long organizationId, long staffChatId, String actor);
}
