package io.kopilka.core.internal.overview;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.kopilka.api.guest.GuestOverview;
import io.kopilka.api.guest.GuestOverviews;
import io.kopilka.api.guest.IdentifierService;
import io.kopilka.api.guest.IdentifierType;
import io.kopilka.api.mechanic.TierStatus;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.guest.GuestAccess;
import io.kopilka.core.internal.guest.GuestEntity;
import io.kopilka.core.internal.processing.TierProbe;
import io.kopilka.core.internal.program.ActivePrograms;

/**
 * A guest's own view of the membership: the card to show (a virtual one is issued if the guest has no usable card),
 * bonus and deposit balances, points expiring in the next 90 days by date, the level and what remains to the next
 * one (at the venue of the guest's last purchase, else the organization's first venue), and the last purchases.
 */
@Component(service = GuestOverviews.class, configurationPid = "io.kopilka.processing")
public class GuestOverviewsImpl implements GuestOverviews {

    /** The processing configuration's time zone, shared by pid. */
    @interface Config {

        String zone() default "Europe/Moscow";
    }

    private final Database db;
    private final IdentifierService identifiers;
    private final ActivePrograms programs;
    private final ZoneId zone;
    private final Clock clock;

    @Activate
    public GuestOverviewsImpl(@Reference Database db, @Reference IdentifierService identifiers,
            @Reference ActivePrograms programs, Config config) {
        this(db, identifiers, programs, ZoneId.of(config.zone()), Clock.systemUTC());
    }

    public GuestOverviewsImpl(Database db, IdentifierService identifiers, ActivePrograms programs, ZoneId zone,
            Clock clock) {
        this.db = db;
        this.identifiers = identifiers;
        this.programs = programs;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public GuestOverview of(long organizationId, long guestId, int purchases) {
        db.read(em -> GuestAccess.require(em, organizationId, guestId));
        String card = OverviewQueries.card(db, organizationId, guestId).orElseGet(() ->
                identifiers.add(organizationId, guestId, IdentifierType.VIRTUAL, null, "overview").value());
        Instant now = clock.instant();
        return db.read(em -> {
            GuestEntity guest = GuestAccess.require(em, organizationId, guestId);
            TierStatus tier = tier(em, guest, now);
            long[] balances = OverviewQueries.balances(em, guestId, now);
            List<GuestOverview.Expiring> expiring = OverviewQueries.expiring(em, guestId, now);
            List<GuestOverview.Purchase> last = OverviewQueries.purchases(em, organizationId, guestId,
                    Math.max(0, Math.min(purchases, 50)));
            return new GuestOverview(guestId, guest.name, card, balances[0], balances[1], balances[2], expiring,
                    tier == null ? null : tier.name(), tier == null ? null : tier.next(),
                    tier == null ? 0 : tier.remainingToNext(), last);
        });
    }

    private TierStatus tier(EntityManager em, GuestEntity guest, Instant now) {
        Long venue = OverviewQueries.usualVenue(em, guest.organizationId, guest.id);
        return venue == null ? null : TierProbe.tier(db, programs, zone, guest, venue, now);
    }
}
