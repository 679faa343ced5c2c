package io.kopilka.rest.internal.resource;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.kopilka.api.guest.Identifier;
import io.kopilka.api.guest.IdentifierService;
import io.kopilka.api.security.Caller;
import io.kopilka.rest.internal.auth.Access;
import io.kopilka.rest.internal.auth.BearerAuthFilter;
import io.kopilka.rest.internal.dto.IdentifierRequest;
import io.kopilka.rest.internal.dto.Params;
import io.kopilka.rest.internal.dto.ReasonRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Identifiers: {@code /api/v1/guests/{id}/identifiers} to list and add, {@code /api/v1/identifiers/{id}/block}. */
@Component(service = IdentifierResource.class)
@JaxrsResource
@JaxrsExtensionSelect({"(osgi.jaxrs.media.type=application/json)", "(osgi.jaxrs.name=" + BearerAuthFilter.NAME + ")"})
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdentifierResource {

    private final IdentifierService identifiers;

    @Activate
    public IdentifierResource(@Reference IdentifierService identifiers) {
        this.identifiers = identifiers;
    }

    @GET
    @Path("guests/{id}/identifiers")
    public List<Identifier> list(@PathParam("id") String guestId, @Context SecurityContext security) {
        return identifiers.list(Access.caller(security).organizationId(), Params.id(guestId, "id"));
    }

    @POST
    @Path("guests/{id}/identifiers")
    public Response add(@PathParam("id") String guestId, IdentifierRequest body, @Context SecurityContext security) {
        Caller caller = Access.caller(security);
        IdentifierRequest request = Params.body(body);
        Identifier added = identifiers.add(caller.organizationId(), Params.id(guestId, "id"), request.type(),
                request.value(), caller.author());
        return Response.created(URI.create("/api/v1/guests/" + added.guestId() + "/identifiers")).entity(added).build();
    }

    @POST
    @Path("identifiers/{id}/block")
    public Identifier block(@PathParam("id") String identifierId, ReasonRequest body,
            @Context SecurityContext security) {
        Caller caller = Access.caller(security);
        return identifiers.block(caller.organizationId(), Params.id(identifierId, "id"),
                body == null ? null : body.reason(), caller.author());
    }
}
