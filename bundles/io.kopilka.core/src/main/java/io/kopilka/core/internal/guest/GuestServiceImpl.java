package io.kopilka.core.internal.guest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import io.kopilka.api.Page;
import io.kopilka.api.guest.ConsentChange;
import io.kopilka.api.guest.Guest;
import io.kopilka.api.guest.GuestProfile;
import io.kopilka.api.guest.GuestService;
import io.kopilka.api.guest.IdentifierMatch;
import io.kopilka.api.guest.IdentifierType;
import io.kopilka.api.guest.PhoneNumbers;
import io.kopilka.api.guest.Relative;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.engagement.Notifications;
import io.kopilka.core.internal.ledger.AccountServiceImpl;
import io.kopilka.core.internal.security.AuditWriter;
import io.kopilka.core.internal.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Guests: creation with their accounts and phone identifier, partial updates, search and lookup by identifier. */
@Component(service = GuestService.class)
public class GuestServiceImpl implements GuestService {

    private final Database db;
    private final Notifications notifications;

    @Activate
    public GuestServiceImpl(@Reference Database db, @Reference Notifications notifications) {
        this.db = db;
        this.notifications = notifications;
    }

    @Override
    public Guest create(long organizationId, GuestProfile profile, String actor) {
        GuestProfile p = GuestProfiles.normalise(profile);
        return db.tx(em -> {
            Instant now = Instant.now();
            GuestEntity g = new GuestEntity();
            g.organizationId = organizationId;
            g.createdAt = now;
            apply(g, p, now);
            em.persist(g);
            em.flush();
            if (g.phone != null) {
                Identifiers.insert(em, organizationId, g.id, IdentifierType.PHONE, g.phone, now);
            }
            replaceRelatives(em, g.id, p.relatives());
            addConsents(em, g.id, p.consents(), now);
            AccountServiceImpl.openAccounts(em, organizationId, g.id);
            AuditWriter.write(em, organizationId, actor, "guest.create", "guest:" + g.id, null);
            notifications.guestRegistered(em, g, p.registrationChannel(), now);
            em.flush();
            return GuestMapper.one(em, g);
        });
    }

    @Override
    public Guest get(long organizationId, long guestId) {
        return db.read(em -> GuestMapper.one(em, GuestAccess.require(em, organizationId, guestId)));
    }

    @Override
    public Guest update(long organizationId, long guestId, GuestProfile changes, String actor) {
        GuestProfile p = GuestProfiles.normalise(changes);
        return db.tx(em -> {
            GuestEntity g = GuestAccess.require(em, organizationId, guestId);
            Instant now = Instant.now();
            String oldPhone = g.phone;
            apply(g, p, now);
            if (p.phone() != null && !p.phone().equals(oldPhone == null ? "" : oldPhone)) {
                Identifiers.replacePhone(em, organizationId, g.id, oldPhone, g.phone, now);
            }
            if (p.relatives() != null) {
                replaceRelatives(em, g.id, p.relatives());
            }
            addConsents(em, g.id, p.consents(), now);
            AuditWriter.write(em, organizationId, actor, "guest.update", "guest:" + g.id, null);
            em.flush();
            return GuestMapper.one(em, g);
        });
    }

    @Override
    public Page<Guest> search(long organizationId, String query, int page, int size) {
        Page.validate(page, size);
        String q = Texts.optional(query, "q", 200);
        return db.read(em -> {
            String where = "g.organizationId = :o";
            if (q != null) {
                where += " AND (g.nameLower LIKE :name OR g.phone LIKE :phone OR g.email = :email OR g.id IN "
                        + "(SELECT i.guestId FROM IdentifierEntity i WHERE i.organizationId = :o AND i.value = :value))";
            }
            TypedQuery<GuestEntity> rows = em.createQuery("SELECT g FROM GuestEntity g WHERE " + where
                    + " ORDER BY g.id DESC", GuestEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(g) FROM GuestEntity g WHERE " + where, Long.class);
            for (TypedQuery<?> t : List.of(rows, count)) {
                t.setParameter("o", organizationId);
                if (q != null) {
                    String digits = q.replaceAll("[^0-9]", "");
                    t.setParameter("name", "%" + escapeLike(q.toLowerCase(Locale.ROOT)) + "%");
                    t.setParameter("phone", digits.length() >= 4 ? "%" + digits + "%" : "\u0000");
                    t.setParameter("value", PhoneNumbers.isPhone(q) ? PhoneNumbers.normalize(q, "q") : q);
                    t.setParameter("email", q.toLowerCase(Locale.ROOT));
                }
            }
            List<GuestEntity> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
            return new Page<>(GuestMapper.many(em, found), page, size, count.getSingleResult());
        });
    }

    @Override
    public Optional<IdentifierMatch> lookup(long organizationId, String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            return Optional.empty();
        }
        return db.readJdbc(c -> {
            Optional<IdentifierRows.Found> found = IdentifierRows.find(c, organizationId, value.strip());
            return found.isEmpty() ? Optional.<IdentifierMatch>empty() : Optional.of(new IdentifierMatch(
                    found.get().identifier().toApi(), GuestRows.toApi(c, found.get().guest())));
        });
    }

    private static void apply(GuestEntity g, GuestProfile p, Instant now) {
        if (p.phone() != null) {
            g.phone = GuestProfiles.stored(p.phone());
        }
        if (p.name() != null) {
            g.name = GuestProfiles.stored(p.name());
            g.nameLower = g.name == null ? null : g.name.toLowerCase(Locale.ROOT);
        }
        if (p.gender() != null) {
            g.gender = p.gender().name();
        }
        if (p.birthDate() != null) {
            g.birthDate = p.birthDate();
        }
        g.email = p.email() == null ? g.email : GuestProfiles.stored(p.email());
        g.address = p.address() == null ? g.address : GuestProfiles.stored(p.address());
        g.comment = p.comment() == null ? g.comment : GuestProfiles.stored(p.comment());
        if (g.registrationChannel == null) {
            g.registrationChannel = GuestProfiles.stored(p.registrationChannel());
        }
        if (g.source == null) {
            g.source = GuestProfiles.stored(p.source());
        }
        g.updatedAt = now;
    }

    private static void replaceRelatives(EntityManager em, long guestId, List<Relative> relatives) {
        em.createQuery("DELETE FROM RelativeEntity r WHERE r.guestId = :g").setParameter("g", guestId).executeUpdate();
        if (relatives == null) {
            return;
        }
        for (int i = 0; i < relatives.size(); i++) {
            RelativeEntity r = new RelativeEntity();
            r.guestId = guestId;
            r.position = i;
            r.name = relatives.get(i).name();
            r.relation = relatives.get(i).relation();
            r.birthDate = relatives.get(i).birthDate();
            em.persist(r);
        }
    }

    private static void addConsents(EntityManager em, long guestId, List<ConsentChange> consents, Instant now) {
        for (ConsentChange c : consents) {
            ConsentEntity e = new ConsentEntity();
            e.guestId = guestId;
            e.type = c.type().name();
            e.granted = (short) (c.granted() ? 1 : 0);
            e.givenAt = now;
            e.channel = c.channel();
            em.persist(e);
        }
    }

    private static String escapeLike(String s) {
        return s.replace("%", "").replace("_", "");
    }
}
