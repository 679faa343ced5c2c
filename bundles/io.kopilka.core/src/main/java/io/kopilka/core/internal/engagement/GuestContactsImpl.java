package io.kopilka.core.internal.engagement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.kopilka.api.NotFoundException;
import io.kopilka.api.messaging.GuestContact;
import io.kopilka.api.messaging.GuestContacts;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.guest.GuestAccess;
import io.kopilka.core.internal.text.Texts;

/** Links guests to channel addresses; an address moves to the guest who links it last. */
@Component(service = {GuestContacts.class, GuestContactsImpl.class})
public class GuestContactsImpl implements GuestContacts {

    private final Database db;
    private final Clock clock;

    @Activate
    public GuestContactsImpl(@Reference Database db) {
        this(db, Clock.systemUTC());
    }

    public GuestContactsImpl(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public GuestContact link(long organizationId, long guestId, String channel, String address) {
        String ch = Texts.required(channel, "channel", 32);
        String addr = Texts.required(address, "address", 500);
        return db.tx(em -> {
            GuestAccess.require(em, organizationId, guestId);
            GuestContactEntity c = entity(em, organizationId, ch, addr).orElseGet(GuestContactEntity::new);
            c.organizationId = organizationId;
            c.guestId = guestId;
            c.channel = ch;
            c.address = addr;
            c.notifications = 1;
            c.linkedAt = clock.instant();
            if (c.id == null) {
                em.persist(c);
            }
            return toApi(c);
        });
    }

    @Override
    public Optional<GuestContact> find(long organizationId, String channel, String address) {
        return db.read(em -> entity(em, organizationId, channel, address).map(GuestContactsImpl::toApi));
    }

    @Override
    public List<GuestContact> ofGuest(long organizationId, long guestId) {
        return db.read(em -> ofGuest(em, organizationId, guestId).stream().map(GuestContactsImpl::toApi).toList());
    }

    @Override
    public GuestContact setNotifications(long organizationId, String channel, String address, boolean on) {
        return db.tx(em -> {
            GuestContactEntity c = entity(em, organizationId, channel, address).orElseThrow(() ->
                    new NotFoundException("address", "no guest is linked to " + channel + " " + address));
            c.notifications = (short) (on ? 1 : 0);
            return toApi(c);
        });
    }

    /** The guest's addresses that want notices, within the caller's transaction. */
    static List<GuestContactEntity> wantingNotices(EntityManager em, long organizationId, long guestId) {
        if (!anyWantingNotices(Database.connection(em), organizationId, guestId)) {
            return List.of();
        }
        return ofGuest(em, organizationId, guestId).stream().filter(c -> c.notifications == 1).toList();
    }

    /**
     * Whether the guest has an address that wants notices: one indexed probe in plain JDBC, since every commit asks
     * and most guests have no linked chat.
     */
    private static boolean anyWantingNotices(Connection c, long organizationId, long guestId) {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM guest_contact WHERE guest_id = ? "
                + "AND organization_id = ? AND notifications = 1 FETCH FIRST 1 ROWS ONLY")) {
            p.setLong(1, guestId);
            p.setLong(2, organizationId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the guest's addresses: " + e.getMessage(), e);
        }
    }

    /** The guest's addresses, within the caller's transaction. */
    static List<GuestContactEntity> ofGuest(EntityManager em, long organizationId, long guestId) {
        return em.createQuery("SELECT c FROM GuestContactEntity c WHERE c.guestId = :g AND c.organizationId = :o "
                + "ORDER BY c.id", GuestContactEntity.class).setParameter("g", guestId)
                .setParameter("o", organizationId).getResultList();
    }

    private static Optional<GuestContactEntity> entity(EntityManager em, long organizationId, String channel,
            String address) {
        return em.createQuery("SELECT c FROM GuestContactEntity c WHERE c.organizationId = :o AND c.channel = :c "
                + "AND c.address = :a", GuestContactEntity.class).setParameter("o", organizationId)
                .setParameter("c", channel).setParameter("a", address).getResultStream().findFirst();
    }

    static GuestContact toApi(GuestContactEntity c) {
        return new GuestContact(c.organizationId, c.guestId, c.channel, c.address, c.notifications == 1, c.linkedAt);
    }
}
