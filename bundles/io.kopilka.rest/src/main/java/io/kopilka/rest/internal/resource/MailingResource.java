package io.kopilka.rest.internal.resource;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.kopilka.api.messaging.Mailing;
import io.kopilka.api.messaging.Mailings;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.TokenKind;
import io.kopilka.rest.internal.auth.Access;
import io.kopilka.rest.internal.auth.BearerAuthFilter;
import io.kopilka.rest.internal.dto.MailingBody;
import io.kopilka.rest.internal.dto.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Mailings (admin tokens): send to consenting guests (all or listed), list, and see delivery counts. */
@Component(service = MailingResource.class)
@JaxrsResource
@JaxrsExtensionSelect({"(osgi.jaxrs.media.type=application/json)", "(osgi.jaxrs.name=" + BearerAuthFilter.NAME + ")"})
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailingResource {

    private final Mailings mailings;

    @Activate
    public MailingResource(@Reference Mailings mailings) {
        this.mailings = mailings;
    }

    @POST
    @Path("mailings")
    public Response send(MailingBody body, @Context SecurityContext security) {
        Caller caller = admin(security);
        MailingBody b = Params.body(body);
        Mailing m = mailings.send(caller.organizationId(), b.text(), b.guestIds(), caller.author());
        return Response.created(URI.create("/api/v1/mailings/" + m.id())).entity(m).build();
    }

    @GET
    @Path("mailings")
    public List<Mailing> list(@QueryParam("limit") String limit, @Context SecurityContext security) {
        return mailings.list(admin(security).organizationId(), Params.intOr(limit, "limit", 50));
    }

    @GET
    @Path("mailings/{id}")
    public Mailing get(@PathParam("id") String id, @Context SecurityContext security) {
        return mailings.get(admin(security).organizationId(), Params.id(id, "id"));
    }

    private static Caller admin(SecurityContext security) {
        return Access.require(security, TokenKind.ADMIN);
    }
}
