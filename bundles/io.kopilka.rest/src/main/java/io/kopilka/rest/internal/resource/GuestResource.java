package io.kopilka.rest.internal.resource;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.kopilka.api.guest.Guest;
import io.kopilka.api.guest.GuestService;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.TokenKind;
import io.kopilka.rest.internal.auth.Access;
import io.kopilka.rest.internal.auth.BearerAuthFilter;
import io.kopilka.rest.internal.dto.GuestRequest;
import io.kopilka.rest.internal.dto.PageView;
import io.kopilka.rest.internal.dto.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/guests}: create, read, change and search guests (the tills' servlet looks them up). */
@Component(service = GuestResource.class)
@JaxrsResource
@JaxrsExtensionSelect({"(osgi.jaxrs.media.type=application/json)", "(osgi.jaxrs.name=" + BearerAuthFilter.NAME + ")"})
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GuestResource {

    private final GuestService guests;

    @Activate
    public GuestResource(@Reference GuestService guests) {
        this.guests = guests;
    }

    @POST
    @Path("guests")
    public Response create(GuestRequest body, @Context SecurityContext security) {
        Caller caller = Access.caller(security);
        String channel = defaultChannel(caller);
        GuestRequest request = Params.body(body);
        GuestRequest withChannel = request.registrationChannel() != null ? request
                : new GuestRequest(request.phone(), request.name(), request.gender(), request.birthDate(),
                        request.relatives(), request.email(), request.address(), request.comment(),
                        request.consents(), channel, request.source());
        Guest g = guests.create(caller.organizationId(), withChannel.toProfile(channel), caller.author());
        return Response.created(URI.create("/api/v1/guests/" + g.id())).entity(g).build();
    }

    @GET
    @Path("guests")
    public PageView<Guest> search(@QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size, @Context SecurityContext security) {
        Caller caller = Access.require(security, TokenKind.ADMIN, TokenKind.APPLICATION);
        return PageView.of(guests.search(caller.organizationId(), q, Params.intOr(page, "page", 0),
                Params.intOr(size, "size", 50)), g -> g);
    }

    @GET
    @Path("guests/{id}")
    public Guest get(@PathParam("id") String id, @Context SecurityContext security) {
        return guests.get(Access.caller(security).organizationId(), Params.id(id, "id"));
    }

    @PATCH
    @Path("guests/{id}")
    public Guest update(@PathParam("id") String id, GuestRequest body, @Context SecurityContext security) {
        Caller caller = Access.caller(security);
        return guests.update(caller.organizationId(), Params.id(id, "id"),
                Params.body(body).toProfile(defaultChannel(caller)), caller.author());
    }

    /** Where a guest or consent came from when the request does not say: the kind of caller. */
    static String defaultChannel(Caller caller) {
        return switch (caller.kind()) {
            case TERMINAL -> "pos";
            case APPLICATION -> "api";
            case ADMIN -> "backoffice";
        };
    }
}
