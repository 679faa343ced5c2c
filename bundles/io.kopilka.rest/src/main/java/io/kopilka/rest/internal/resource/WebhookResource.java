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

import io.kopilka.api.messaging.WebhookSubscription;
import io.kopilka.api.messaging.WebhookSubscriptions;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.TokenKind;
import io.kopilka.rest.internal.auth.Access;
import io.kopilka.rest.internal.auth.BearerAuthFilter;
import io.kopilka.rest.internal.dto.Params;
import io.kopilka.rest.internal.dto.WebhookBody;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Webhook subscriptions (admin tokens): register a URL for events (the signing secret is in the answer, once), list,
 * delete.
 */
@Component(service = WebhookResource.class)
@JaxrsResource
@JaxrsExtensionSelect({"(osgi.jaxrs.media.type=application/json)", "(osgi.jaxrs.name=" + BearerAuthFilter.NAME + ")"})
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final WebhookSubscriptions subscriptions;

    @Activate
    public WebhookResource(@Reference WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @POST
    @Path("webhooks")
    public Response create(WebhookBody body, @Context SecurityContext security) {
        Caller caller = admin(security);
        WebhookBody b = Params.body(body);
        WebhookSubscription.Created created = subscriptions.create(caller.organizationId(), b.url(), b.eventSet(),
                caller.author());
        return Response.created(URI.create("/api/v1/webhooks/" + created.subscription().id())).entity(created)
                .build();
    }

    @GET
    @Path("webhooks")
    public List<WebhookSubscription> list(@Context SecurityContext security) {
        return subscriptions.list(admin(security).organizationId());
    }

    @DELETE
    @Path("webhooks/{id}")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = admin(security);
        subscriptions.delete(caller.organizationId(), Params.id(id, "id"), caller.author());
        return Response.noContent().build();
    }

    private static Caller admin(SecurityContext security) {
        return Access.require(security, TokenKind.ADMIN);
    }
}
