package io.kopilka.rest.internal.resource;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.alerts.Reports;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.TokenKind;
import io.kopilka.rest.internal.auth.Access;
import io.kopilka.rest.internal.auth.BearerAuthFilter;
import io.kopilka.rest.internal.dto.Params;
import io.kopilka.rest.internal.dto.SalesReportView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/reports/sales}, admin only: a day's sales of a venue or of every venue. */
@Component(service = ReportResource.class)
@JaxrsResource
@JaxrsExtensionSelect({"(osgi.jaxrs.media.type=application/json)", "(osgi.jaxrs.name=" + BearerAuthFilter.NAME + ")"})
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final Reports reports;

    @Activate
    public ReportResource(@Reference Reports reports) {
        this.reports = reports;
    }

    @GET
    @Path("reports/sales")
    public SalesReportView sales(@QueryParam("date") String date, @QueryParam("venue") String venue,
            @Context SecurityContext security) {
        Caller caller = Access.require(security, TokenKind.ADMIN);
        Long venueId = venue == null || venue.isEmpty() ? null : Params.id(venue, "venue");
        return SalesReportView.of(reports.day(caller.organizationId(), venueId, day(date)));
    }

    private static LocalDate day(String date) {
        if (date == null || date.isEmpty()) {
            throw new InvalidInputException("date", "is required, as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "must be a date as YYYY-MM-DD");
        }
    }
}
