package io.kopilka.channel.telegram.internal.bot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.kopilka.api.NotFoundException;
import io.kopilka.api.Page;
import io.kopilka.api.guest.Consent;
import io.kopilka.api.guest.ConsentChange;
import io.kopilka.api.guest.Guest;
import io.kopilka.api.guest.GuestProfile;
import io.kopilka.api.guest.GuestService;
import io.kopilka.api.guest.Identifier;
import io.kopilka.api.guest.IdentifierMatch;
import io.kopilka.api.guest.IdentifierStatus;
import io.kopilka.api.guest.IdentifierType;
import io.kopilka.api.guest.PhoneNumbers;

/** Guests in memory, with the core's consent history semantics (the latest per type is in force) and phone lookup. */
final class FakeGuests implements GuestService {

    final Map<Long, Guest> guests = new ConcurrentHashMap<>();
    final Map<String, Boolean> blockedPhones = new ConcurrentHashMap<>();
    final List<String> actors = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(100);

    @Override
    public Guest create(long organizationId, GuestProfile p, String actor) {
        long id = ids.incrementAndGet();
        Guest g = new Guest(id, organizationId, PhoneNumbers.normalize(p.phone(), "phone"), p.name(), null, null,
                List.of(), null, null, null, consents(List.of(), p.consents()), p.registrationChannel(), p.source(),
                Instant.EPOCH, Instant.EPOCH);
        guests.put(id, g);
        actors.add(actor);
        return g;
    }

    @Override
    public Guest get(long organizationId, long guestId) {
        Guest g = guests.get(guestId);
        if (g == null || g.organizationId() != organizationId) {
            throw new NotFoundException("guestId", "no such guest");
        }
        return g;
    }

    @Override
    public Guest update(long organizationId, long guestId, GuestProfile changes, String actor) {
        Guest g = get(organizationId, guestId);
        Guest changed = new Guest(g.id(), g.organizationId(), g.phone(), changes.name() == null ? g.name()
                : changes.name(), null, null, List.of(), null, null, null, consents(g.consents(), changes.consents()),
                g.registrationChannel(), g.source(), g.createdAt(), Instant.EPOCH);
        guests.put(guestId, changed);
        actors.add(actor);
        return changed;
    }

    @Override
    public Page<Guest> search(long organizationId, String query, int page, int size) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<IdentifierMatch> lookup(long organizationId, String value) {
        String phone = PhoneNumbers.isPhone(value) ? PhoneNumbers.normalize(value, "value") : value;
        return guests.values().stream().filter(g -> g.organizationId() == organizationId && phone.equals(g.phone()))
                .findFirst().map(g -> new IdentifierMatch(new Identifier(g.id() * 10, g.id(), IdentifierType.PHONE,
                        phone, blockedPhones.containsKey(phone) ? IdentifierStatus.BLOCKED : IdentifierStatus.ACTIVE,
                        Instant.EPOCH, null, null), g));
    }

    /** The consent in force of a type, or null. */
    static Consent consent(Guest g, io.kopilka.api.guest.ConsentType type) {
        return g.consents().stream().filter(c -> c.type() == type).findFirst().orElse(null);
    }

    private static List<Consent> consents(List<Consent> current, List<ConsentChange> changes) {
        List<Consent> result = new ArrayList<>(current);
        if (changes != null) {
            for (ConsentChange c : changes) {
                result.removeIf(k -> k.type() == c.type());
                result.add(new Consent(c.type(), c.granted(), Instant.EPOCH, c.channel()));
            }
        }
        return result;
    }
}
