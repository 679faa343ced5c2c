package io.kopilka.rest.internal.resource;

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

import io.kopilka.api.messaging.Template;
import io.kopilka.api.messaging.TemplateKind;
import io.kopilka.api.messaging.Templates;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.TokenKind;
import io.kopilka.rest.internal.auth.Access;
import io.kopilka.rest.internal.auth.BearerAuthFilter;
import io.kopilka.rest.internal.dto.Params;
import io.kopilka.rest.internal.dto.TemplateBody;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The guest notice templates (admin tokens): list, change text or switch on/off, reset to Kopilka's default. */
@Component(service = TemplateResource.class)
@JaxrsResource
@JaxrsExtensionSelect({"(osgi.jaxrs.media.type=application/json)", "(osgi.jaxrs.name=" + BearerAuthFilter.NAME + ")"})
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplateResource {

    private final Templates templates;

    @Activate
    public TemplateResource(@Reference Templates templates) {
        this.templates = templates;
    }

    @GET
    @Path("templates")
    public List<Template> list(@Context SecurityContext security) {
        return templates.list(admin(security).organizationId());
    }

    @PUT
    @Path("templates/{kind}")
    public Template save(@PathParam("kind") String kind, TemplateBody body, @Context SecurityContext security) {
        Caller caller = admin(security);
        TemplateBody b = Params.body(body);
        return templates.save(caller.organizationId(), Params.enumOrFail(TemplateKind.class, kind, "kind"), b.text(),
                b.enabled(), caller.author());
    }

    @DELETE
    @Path("templates/{kind}")
    public Template reset(@PathParam("kind") String kind, @Context SecurityContext security) {
        Caller caller = admin(security);
        return templates.reset(caller.organizationId(), Params.enumOrFail(TemplateKind.class, kind, "kind"),
                caller.author());
    }

    private static Caller admin(SecurityContext security) {
        return Access.require(security, TokenKind.ADMIN);
    }
}
