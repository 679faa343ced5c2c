package io.kopilka.rest.internal.resource;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.kopilka.api.alerts.StaffChats;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.TokenKind;
import io.kopilka.rest.internal.auth.Access;
import io.kopilka.rest.internal.auth.BearerAuthFilter;
import io.kopilka.rest.internal.dto.InvitationBody;
import io.kopilka.rest.internal.dto.Params;
import io.kopilka.rest.internal.dto.StaffChatBody;
import io.kopilka.rest.internal.dto.StaffChatView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/alerts}, admin only: the staff chats that receive owner alerts and shift reports (list, save,
 * remove) and one-time invitation codes that let a chat join by itself.
 */
@Component(service = AlertResource.class)
@JaxrsResource
@JaxrsExtensionSelect({"(osgi.jaxrs.media.type=application/json)", "(osgi.jaxrs.name=" + BearerAuthFilter.NAME + ")"})
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertResource {

    private final StaffChats chats;

    @Activate
    public AlertResource(@Reference StaffChats chats) {
        this.chats = chats;
    }

    @GET
    @Path("alerts/chats")
    public List<StaffChatView> list(@Context SecurityContext security) {
        return chats.list(Access.require(security, TokenKind.ADMIN).organizationId()).stream()
                .map(StaffChatView::of).toList();
    }

    @POST
    @Path("alerts/chats")
    public StaffChatView save(StaffChatBody body, @Context SecurityContext security) {
        Caller caller = Access.require(security, TokenKind.ADMIN);
        StaffChatBody b = Params.body(body);
        return StaffChatView.of(chats.save(caller.organizationId(), b.channel(), b.address(), b.venueId(),
                b.kindSet(), b.wantsShiftReports(), caller.author()));
    }

    @DELETE
    @Path("alerts/chats/{id}")
    public Response remove(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = Access.require(security, TokenKind.ADMIN);
        chats.remove(caller.organizationId(), Params.id(id, "id"), caller.author());
        return Response.noContent().build();
    }

    @POST
    @Path("alerts/invitations")
    public Response invite(InvitationBody body, @Context SecurityContext security) {
        Caller caller = Access.require(security, TokenKind.ADMIN);
        InvitationBody b = Params.body(body);
        return Response.status(201).entity(StaffChatView.InvitationView.of(chats.invite(caller.organizationId(),
                b.venueId(), b.kindSet(), b.wantsShiftReports(), caller.author()))).build();
    }
}
