package io.kopilka.core.internal.engagement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import io.kopilka.api.messaging.Message;
import io.kopilka.core.internal.guest.GuestEntity;

/**
 * Who a mailing reaches: guests whose latest ADVERTISING consent is a yes, at each of their addresses on an installed
 * channel (linked contacts, and the profile's e-mail when the email channel is installed).
 */
final class MailingAudience {

    private MailingAudience() {
    }

    /** Consenting guests of the organization after {@code afterId}, by id, at most {@code limit}. */
    static List<Long> consenting(EntityManager em, long organizationId, long afterId, int limit) {
        return em.createQuery("SELECT g.id FROM GuestEntity g, ConsentEntity c WHERE c.guestId = g.id "
                + "AND g.organizationId = :o AND g.id > :after AND c.type = 'ADVERTISING' AND c.granted = 1 "
                + "AND c.id = (SELECT MAX(c2.id) FROM ConsentEntity c2 WHERE c2.guestId = g.id "
                + "AND c2.type = 'ADVERTISING') ORDER BY g.id", Long.class).setParameter("o", organizationId)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /** Of the given guests, those of the organization who consent. */
    static List<Long> consentingAmong(EntityManager em, long organizationId, List<Long> guestIds) {
        if (guestIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT g.id FROM GuestEntity g, ConsentEntity c WHERE c.guestId = g.id "
                + "AND g.organizationId = :o AND g.id IN :ids AND c.type = 'ADVERTISING' AND c.granted = 1 "
                + "AND c.id = (SELECT MAX(c2.id) FROM ConsentEntity c2 WHERE c2.guestId = g.id "
                + "AND c2.type = 'ADVERTISING') ORDER BY g.id", Long.class).setParameter("o", organizationId)
                .setParameter("ids", guestIds).getResultList();
    }

    /** The guest's messages of a mailing: one per address on an installed channel. */
    static List<Message> messages(EntityManager em, long organizationId, long guestId, long mailingId, String text,
            Set<String> channels) {
        GuestEntity g = em.find(GuestEntity.class, guestId);
        String personal = TemplatesImpl.fill(text, java.util.Map.of("name", g.name == null ? "" : g.name));
        String key = MailingsImpl.keyPrefix(mailingId) + guestId + ":";
        List<Message> out = new ArrayList<>();
        for (GuestContactEntity c : GuestContactsImpl.ofGuest(em, organizationId, guestId)) {
            if (channels.contains(c.channel)) {
                out.add(new Message(c.channel, c.address, null, personal, null, null, key + c.id));
            }
        }
        if (g.email != null && channels.contains("email")) {
            out.add(new Message("email", g.email, "Новости программы лояльности", personal, null, null,
                    key + "email"));
        }
        return out;
    }
}
