package io.kopilka.pos.example.internal;

import java.time.Clock;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.kopilka.api.AccessDeniedException;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.pos.PosDirectory;
import io.kopilka.api.pos.PosEvent;
import io.kopilka.api.pos.PosEvents;
import io.kopilka.api.pos.PosPlugin;
import io.kopilka.api.processing.CommitResult;
import io.kopilka.api.processing.PosContext;
import io.kopilka.api.processing.ProcessingService;
import io.kopilka.api.security.CallerPrincipal;
import io.kopilka.api.security.TokenKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The example vendor's endpoints, at {@code /api/pos-example/{venueCode}/{station}/...}: the till authenticates with
 * an APPLICATION token of the organization (Kopilka's bearer filter checks it), says which venue and station it is
 * by its own codes, and sends checks in its own format. Errors come back as Kopilka's problem documents; a real POS
 * that needs its own error format maps them here.
 */
@Component(service = {ExamplePosResource.class, PosPlugin.class},
        property = PosPlugin.VENDOR_PROPERTY + "=" + ExamplePosResource.VENDOR)
@JaxrsResource
@JaxrsExtensionSelect({"(osgi.jaxrs.media.type=application/json)", "(osgi.jaxrs.name=kopilka-auth)"})
@Path("pos-example/{venueCode}/{station}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExamplePosResource implements PosPlugin {

    static final String VENDOR = "example";

    private final ProcessingService processing;
    private final PosDirectory directory;
    private final PosEvents events;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public ExamplePosResource(@Reference ProcessingService processing, @Reference PosDirectory directory,
            @Reference PosEvents events) {
        this.processing = processing;
        this.directory = directory;
        this.events = events;
    }

    @Override
    public String vendor() {
        return VENDOR;
    }

    @Override
    public String description() {
        return "Example POS (template): JSON checks at /api/pos-example/{venue}/{station}";
    }

    @POST
    @Path("calculate")
    public Map<String, Object> calculate(@PathParam("venueCode") String venue, @PathParam("station") String station,
            ExampleCheck check, @Context SecurityContext security) {
        PosContext pos = resolve(security, venue, station);
        return CheckTranslator.toAnswer(processing.calculate(pos, CheckTranslator.toReceipt(body(check),
                clock.instant())));
    }

    @POST
    @Path("close")
    public Map<String, Object> close(@PathParam("venueCode") String venue, @PathParam("station") String station,
            ExampleCheck check, @Context SecurityContext security) {
        PosContext pos = resolve(security, venue, station);
        CommitResult r = processing.commit(pos, CheckTranslator.toReceipt(body(check), clock.instant()));
        events.publish(new PosEvent(VENDOR, pos.organizationId(), pos.venueId(), pos.terminalId(), "RECEIPT_CLOSED",
                station + "/" + check.checkId(), clock.instant(), check.cashier(), null, check.checkId(),
                r.calculation().toPay(), Map.of()));
        return CheckTranslator.toAnswer(r.calculation());
    }

    /** The organization comes from the till's application token, the venue and station from its own codes. */
    private PosContext resolve(SecurityContext security, String venue, String station) {
        if (!(security.getUserPrincipal() instanceof CallerPrincipal p) || p.caller().kind() != TokenKind.APPLICATION) {
            throw new AccessDeniedException("the example POS authenticates with an application token");
        }
        return directory.resolve(p.caller().organizationId(), VENDOR, venue, station, null);
    }

    private static ExampleCheck body(ExampleCheck check) {
        if (check == null) {
            throw new InvalidInputException(null, "a check is required");
        }
        return check;
    }
}
