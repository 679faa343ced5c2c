package io.kopilka.core.internal.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.alerts.StaffChat;
import io.kopilka.api.org.Venue;
import io.kopilka.api.security.AuditEntry;
import io.kopilka.core.internal.Fixture;
import io.kopilka.core.internal.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Staff chats: saved once per address, validated, audited; invitation codes work once, for a day, and are hashed. */
class StaffChatsTest {

    private static MutableClock clock;
    private static Fixture f;
    private static StaffChatsImpl chats;
    private static Venue bar;

    @BeforeAll
    static void open() {
        clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        f = new Fixture("staff-chats", clock);
        chats = new StaffChatsImpl(f.db.database(), clock);
        bar = f.organizations.createVenue(f.org.id(), "10", "Bar");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void savingAKnownAddressChangesItsSettingsAndIsAudited() {
        StaffChat first = chats.save(f.org.id(), "telegram", " 1001 ", bar.id(), Set.of("RECEIPT_DELETED"), false,
                "admin");
        StaffChat again = chats.save(f.org.id(), "telegram", "1001", null, Set.of(), true, "admin");
        assertEquals(first.id(), again.id());
        assertEquals("1001", again.address());
        assertNull(again.venueId());
        assertEquals(Set.of(), again.kinds());
        assertTrue(again.shiftReports());
        assertEquals(again, chats.find(f.org.id(), "telegram", "1001").orElseThrow());
        assertEquals(1, chats.list(f.org.id()).stream().filter(c -> c.address().equals("1001")).count());
        List<AuditEntry> audit = f.audit.recent(f.org.id(), 5);
        assertEquals("alerts.chat-saved", audit.get(0).action());
        assertEquals("staff-chat:" + first.id(), audit.get(0).target());
    }

    @Test
    void refusesBadInputNamingTheField() {
        assertEquals("kinds", assertThrows(InvalidInputException.class, () -> chats.save(f.org.id(), "telegram",
                "1", null, Set.of("receipt deleted"), false, "admin")).field());
        assertEquals("channel", assertThrows(InvalidInputException.class, () -> chats.save(f.org.id(), " ", "1",
                null, Set.of(), false, "admin")).field());
        assertEquals("address", assertThrows(InvalidInputException.class, () -> chats.save(f.org.id(), "telegram",
                "x".repeat(321), null, Set.of(), false, "admin")).field());
        assertEquals("venueId", assertThrows(NotFoundException.class, () -> chats.save(f.org.id(), "telegram", "1",
                999_999L, Set.of(), false, "admin")).field());
        long other = f.organizations.createOrganization("Other").id();
        assertEquals("venueId", assertThrows(NotFoundException.class, () -> chats.invite(other, bar.id(), Set.of(),
                false, "admin")).field(), "another organization's venue");
    }

    @Test
    void anInvitationCodeJoinsOnceAndIsStoredOnlyAsItsHash() {
        StaffChat.Invitation invitation = chats.invite(f.org.id(), bar.id(), Set.of("CONNECTION_LOST",
                "RECEIPT_DELETED"), true, "admin");
        assertEquals(clock.instant().plus(Duration.ofDays(1)), invitation.expiresAt());
        assertTrue(invitation.code().length() >= 20);
        List<String> stored = f.db.database().read(em -> em.createQuery(
                "SELECT i.codeHash FROM StaffInvitationEntity i", String.class).getResultList());
        assertFalse(stored.contains(invitation.code()));
        StaffChat joined = chats.join(f.org.id(), invitation.code(), "telegram", "-100200");
        assertEquals(bar.id(), joined.venueId());
        assertEquals(Set.of("CONNECTION_LOST", "RECEIPT_DELETED"), joined.kinds());
        assertTrue(joined.shiftReports());
        assertEquals("alerts.chat-joined", f.audit.recent(f.org.id(), 1).get(0).action());
        assertEquals("code", assertThrows(NotFoundException.class,
                () -> chats.join(f.org.id(), invitation.code(), "telegram", "-100300")).field(), "used once only");
        assertTrue(chats.find(f.org.id(), "telegram", "-100300").isEmpty());
    }

    @Test
    void anInvitationExpiresAfterADayAndBelongsToItsOrganization() {
        StaffChat.Invitation late = chats.invite(f.org.id(), null, Set.of(), false, "admin");
        StaffChat.Invitation elsewhere = chats.invite(f.org.id(), null, Set.of(), false, "admin");
        long other = f.organizations.createOrganization("Another").id();
        assertThrows(NotFoundException.class, () -> chats.join(other, elsewhere.code(), "telegram", "5"));
        clock.advance(Duration.ofDays(1));
        try {
            assertThrows(NotFoundException.class, () -> chats.join(f.org.id(), late.code(), "telegram", "6"));
            assertThrows(NotFoundException.class, () -> chats.join(f.org.id(), "no-such-code", "telegram", "6"));
        } finally {
            clock.advance(Duration.ofDays(-1));
        }
    }

    @Test
    void removesAChatOfItsOrganizationOnly() {
        StaffChat chat = chats.save(f.org.id(), "telegram", "gone", null, Set.of(), false, "admin");
        long other = f.organizations.createOrganization("Third").id();
        assertThrows(NotFoundException.class, () -> chats.remove(other, chat.id(), "admin"));
        chats.remove(f.org.id(), chat.id(), "admin");
        assertTrue(chats.find(f.org.id(), "telegram", "gone").isEmpty());
        assertEquals("alerts.chat-removed", f.audit.recent(f.org.id(), 1).get(0).action());
        assertEquals("id", assertThrows(NotFoundException.class, () -> chats.remove(f.org.id(), chat.id(), "admin"))
                .field());
    }
}
