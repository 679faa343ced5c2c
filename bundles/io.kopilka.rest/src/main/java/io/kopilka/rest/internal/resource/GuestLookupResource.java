package io.kopilka.rest.internal.resource;

import java.util.Locale;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.kopilka.api.ConflictException;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.guest.Guest;
import io.kopilka.api.guest.GuestService;
import io.kopilka.api.guest.Identifier;
import io.kopilka.api.guest.IdentifierMatch;
import io.kopilka.rest.internal.auth.Access;
import io.kopilka.rest.internal.auth.BearerAuthFilter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/v1/guests/lookup?identifier=}: a guest by phone, card, barcode or QR, as tills ask before a
 * receipt. A resource of its own, rooted at its full path: CXF then matches a lookup against this one method instead of
 * every method of the resources rooted at {@code v1}.
 */
@Component(service = GuestLookupResource.class)
@JaxrsResource
@JaxrsExtensionSelect({"(osgi.jaxrs.media.type=application/json)", "(osgi.jaxrs.name=" + BearerAuthFilter.NAME + ")"})
@Path("v1/guests/lookup")
@Produces(MediaType.APPLICATION_JSON)
public class GuestLookupResource {

    private final GuestService guests;

    @Activate
    public GuestLookupResource(@Reference GuestService guests) {
        this.guests = guests;
    }

    @GET
    public LookupView lookup(@QueryParam("identifier") String identifier, @Context SecurityContext security) {
        long organizationId = Access.caller(security).organizationId();
        if (identifier == null || identifier.isBlank()) {
            throw new InvalidInputException("identifier", "is required");
        }
        IdentifierMatch match = guests.lookup(organizationId, identifier)
                .orElseThrow(() -> new NotFoundException("identifier", "no guest has this identifier"));
        if (!match.identifier().active()) {
            throw new ConflictException(ConflictException.REASON_BLOCKED, "identifier",
                    "this " + match.identifier().type().name().toLowerCase(Locale.ROOT) + " is blocked");
        }
        return new LookupView(match.guest(), match.identifier());
    }

    /** A lookup's answer: the guest and the identifier that matched (a typed record: Jackson resolves it once). */
    public record LookupView(Guest guest, Identifier identifier) {
    }
}
