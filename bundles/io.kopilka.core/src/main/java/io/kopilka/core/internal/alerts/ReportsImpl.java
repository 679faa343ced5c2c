package io.kopilka.core.internal.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import javax.persistence.EntityManager;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.alerts.Reports;
import io.kopilka.api.alerts.SalesReport;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.org.VenueEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * On-demand sales reports of a venue or of every venue, for a local day (in the venues' zone, {@link ZoneConfig})
 * or any period of at most {@value #MAX_DAYS} days, computed by {@link SalesCalculator}; and their chat text.
 */
@Component(service = Reports.class, configurationPid = ZoneConfig.PID)
public class ReportsImpl implements Reports {

    static final int MAX_DAYS = 366;

    private final Database db;
    private final ZoneId zone;
    private final SalesCalculator calculator;
    private final ReportText text;

    @Activate
    public ReportsImpl(@Reference Database db, ZoneConfig config) {
        this(db, ZoneId.of(config.zone()));
    }

    public ReportsImpl(Database db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
        this.calculator = new SalesCalculator(zone);
        this.text = new ReportText(zone);
    }

    @Override
    public SalesReport day(long organizationId, Long venueId, LocalDate date) {
        if (date == null) {
            throw new InvalidInputException("date", "is required");
        }
        return period(organizationId, venueId, date.atStartOfDay(zone).toInstant(),
                date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    @Override
    public SalesReport period(long organizationId, Long venueId, Instant from, Instant to) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "is required");
        }
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            throw new InvalidInputException("to", "must be after from, at most " + MAX_DAYS + " days later");
        }
        return db.read(em -> calculator.compute(em, organizationId, venueId, venueName(em, organizationId, venueId),
                from, to));
    }

    @Override
    public String text(SalesReport report) {
        return text.render(report, ReportText.SALES_TITLE);
    }

    /** The venue's name; {@code null} for every venue. @throws NotFoundException naming {@code venue} */
    static String venueName(EntityManager em, long organizationId, Long venueId) {
        if (venueId == null) {
            return null;
        }
        VenueEntity venue = em.find(VenueEntity.class, venueId);
        if (venue == null || venue.organizationId != organizationId) {
            throw new NotFoundException("venue", "no such venue in this organization");
        }
        return venue.name;
    }
}
