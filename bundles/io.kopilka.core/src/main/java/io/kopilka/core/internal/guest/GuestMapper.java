package io.kopilka.core.internal.guest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import io.kopilka.api.guest.Consent;
import io.kopilka.api.guest.ConsentType;
import io.kopilka.api.guest.Gender;
import io.kopilka.api.guest.Guest;
import io.kopilka.api.guest.Relative;

/** Turns stored guests into API guests, loading the relatives and current consents of a whole page at once. */
final class GuestMapper {

    private GuestMapper() {
    }

    static Guest one(EntityManager em, GuestEntity g) {
        return many(em, List.of(g)).get(0);
    }

    static List<Guest> many(EntityManager em, List<GuestEntity> guests) {
        if (guests.isEmpty()) {
            return List.of();
        }
        List<Long> ids = guests.stream().map(g -> g.id).toList();
        Map<Long, List<Relative>> relatives = new HashMap<>();
        for (RelativeEntity r : em.createQuery("SELECT r FROM RelativeEntity r WHERE r.guestId IN :ids "
                + "ORDER BY r.guestId, r.position", RelativeEntity.class).setParameter("ids", ids).getResultList()) {
            relatives.computeIfAbsent(r.guestId, k -> new ArrayList<>())
                    .add(new Relative(r.name, r.relation, r.birthDate));
        }
        Map<Long, Map<String, Consent>> consents = new HashMap<>();
        for (ConsentEntity c : em.createQuery("SELECT c FROM ConsentEntity c WHERE c.guestId IN :ids ORDER BY c.id",
                ConsentEntity.class).setParameter("ids", ids).getResultList()) {
            consents.computeIfAbsent(c.guestId, k -> new LinkedHashMap<>()).put(c.type,
                    new Consent(ConsentType.valueOf(c.type), c.granted != 0, c.givenAt, c.channel));
        }
        return guests.stream().map(g -> new Guest(g.id, g.organizationId, g.phone, g.name,
                g.gender == null ? null : Gender.valueOf(g.gender), g.birthDate,
                relatives.getOrDefault(g.id, List.of()), g.email, g.address, g.comment,
                new ArrayList<>(consents.getOrDefault(g.id, Map.of()).values()), g.registrationChannel, g.source,
                g.createdAt, g.updatedAt)).toList();
    }
}
