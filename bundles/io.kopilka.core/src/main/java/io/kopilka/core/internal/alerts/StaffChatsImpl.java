package io.kopilka.core.internal.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import io.kopilka.api.NotFoundException;
import io.kopilka.api.alerts.StaffChat;
import io.kopilka.api.alerts.StaffChats;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.org.VenueEntity;
import io.kopilka.core.internal.security.AuditWriter;
import io.kopilka.core.internal.security.Secrets;
import io.kopilka.core.internal.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Staff chats and their invitations: a chat is kept once per organization, channel and address (saving a known one
 * changes its settings); an invitation code is 120 random bits, stored only as its SHA-256, valid for a day and
 * usable once. Every change is audited in its own transaction.
 */
@Component(service = {StaffChats.class, StaffChatsImpl.class})
public class StaffChatsImpl implements StaffChats {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(1);

    private final Database db;
    private final Clock clock;

    @Activate
    public StaffChatsImpl(@Reference Database db) {
        this(db, Clock.systemUTC());
    }

    public StaffChatsImpl(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public StaffChat save(long organizationId, String channel, String address, Long venueId, Set<String> kinds,
            boolean shiftReports, String actor) {
        Settings settings = new Settings(venueId, AlertKinds.validate(kinds, "kinds"), shiftReports);
        String ch = channel(channel);
        String to = address(address);
        return db.tx(em -> {
            requireVenue(em, organizationId, venueId);
            StaffChatEntity chat = store(em, organizationId, ch, to, settings);
            AuditWriter.write(em, organizationId, actor, "alerts.chat-saved", "staff-chat:" + chat.id,
                    describe(chat));
            return chat.toApi();
        });
    }

    @Override
    public StaffChat.Invitation invite(long organizationId, Long venueId, Set<String> kinds, boolean shiftReports,
            String actor) {
        Set<String> checked = AlertKinds.validate(kinds, "kinds");
        String code = Secrets.randomToken(15);
        return db.tx(em -> {
            requireVenue(em, organizationId, venueId);
            StaffInvitationEntity i = new StaffInvitationEntity();
            i.organizationId = organizationId;
            i.codeHash = Secrets.hash(code);
            i.venueId = venueId;
            i.kinds = AlertKinds.format(checked);
            i.shiftReports = (short) (shiftReports ? 1 : 0);
            i.createdBy = actor == null || actor.isBlank() ? "system" : clip(actor.strip(), 200);
            i.createdAt = clock.instant();
            i.expiresAt = i.createdAt.plus(INVITATION_VALIDITY);
            em.persist(i);
            em.flush();
            AuditWriter.write(em, organizationId, actor, "alerts.invitation-created", "staff-invitation:" + i.id,
                    "venue=" + venueId + " kinds=" + i.kinds + " shiftReports=" + shiftReports);
            return new StaffChat.Invitation(code, i.expiresAt, venueId, checked, shiftReports);
        });
    }

    @Override
    public StaffChat join(long organizationId, String code, String channel, String address) {
        String hash = Secrets.hash(Texts.required(code, "code", 100));
        String ch = channel(channel);
        String to = address(address);
        return db.tx(em -> {
            Instant now = clock.instant();
            StaffInvitationEntity i = em.createQuery("SELECT i FROM StaffInvitationEntity i WHERE i.codeHash = :h "
                    + "AND i.organizationId = :o", StaffInvitationEntity.class).setParameter("h", hash)
                    .setParameter("o", organizationId).getResultStream().findFirst()
                    .filter(found -> found.usedAt == null && found.expiresAt.isAfter(now))
                    .orElseThrow(() -> new NotFoundException("code", "unknown, used or expired invitation code"));
            i.usedAt = now;
            i.usedBy = ch + ":" + to;
            StaffChatEntity chat = store(em, organizationId, ch, to,
                    new Settings(i.venueId, AlertKinds.parse(i.kinds), i.shiftReports != 0));
            AuditWriter.write(em, organizationId, ch + ":" + to, "alerts.chat-joined", "staff-chat:" + chat.id,
                    "invitation " + i.id + "; " + describe(chat));
            return chat.toApi();
        });
    }

    @Override
    public Optional<StaffChat> find(long organizationId, String channel, String address) {
        return db.read(em -> byAddress(em, organizationId, channel, address).map(StaffChatEntity::toApi));
    }

    @Override
    public List<StaffChat> list(long organizationId) {
        return db.read(em -> listIn(em, organizationId));
    }

    /** The organization's chats, oldest first, read inside the caller's transaction. */
    public List<StaffChat> listIn(EntityManager em, long organizationId) {
        return em.createQuery("SELECT c FROM StaffChatEntity c WHERE c.organizationId = :o ORDER BY c.id",
                StaffChatEntity.class).setParameter("o", organizationId).getResultList().stream()
                .map(StaffChatEntity::toApi).toList();
    }

    @Override
    public void remove(long organizationId, long staffChatId, String actor) {
        db.tx(em -> {
            StaffChatEntity chat = em.find(StaffChatEntity.class, staffChatId);
            if (chat == null || chat.organizationId != organizationId) {
                throw new NotFoundException("id", "no such staff chat in this organization");
            }
            em.remove(chat);
            AuditWriter.write(em, organizationId, actor, "alerts.chat-removed", "staff-chat:" + chat.id,
                    describe(chat));
            return null;
        });
    }

    private record Settings(Long venueId, Set<String> kinds, boolean shiftReports) {
    }

    private StaffChatEntity store(EntityManager em, long organizationId, String channel, String address,
            Settings settings) {
        StaffChatEntity chat = byAddress(em, organizationId, channel, address).orElseGet(StaffChatEntity::new);
        if (chat.id == null) {
            chat.organizationId = organizationId;
            chat.channel = channel;
            chat.address = address;
            chat.createdAt = clock.instant();
        }
        chat.venueId = settings.venueId();
        chat.kinds = AlertKinds.format(settings.kinds());
        chat.shiftReports = (short) (settings.shiftReports() ? 1 : 0);
        chat.updatedAt = clock.instant();
        if (chat.id == null) {
            em.persist(chat);
        }
        em.flush();
        return chat;
    }

    private static Optional<StaffChatEntity> byAddress(EntityManager em, long organizationId, String channel,
            String address) {
        if (channel == null || address == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT c FROM StaffChatEntity c WHERE c.organizationId = :o AND c.channel = :c "
                + "AND c.address = :a", StaffChatEntity.class).setParameter("o", organizationId)
                .setParameter("c", channel.strip()).setParameter("a", address.strip()).getResultStream().findFirst();
    }

    private static void requireVenue(EntityManager em, long organizationId, Long venueId) {
        if (venueId == null) {
            return;
        }
        VenueEntity venue = em.find(VenueEntity.class, venueId);
        if (venue == null || venue.organizationId != organizationId) {
            throw new NotFoundException("venueId", "no such venue in this organization");
        }
    }

    private static String channel(String channel) {
        return Texts.required(channel, "channel", 32);
    }

    private static String address(String address) {
        return Texts.required(address, "address", 320);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String describe(StaffChatEntity chat) {
        return chat.channel + ":" + chat.address + " venue=" + chat.venueId + " kinds=" + chat.kinds
                + " shiftReports=" + (chat.shiftReports != 0);
    }
}
