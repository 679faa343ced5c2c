package io.kopilka.rest.internal.resource;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.kopilka.api.program.MechanicInfo;
import io.kopilka.api.program.Program;
import io.kopilka.api.program.ProgramService;
import io.kopilka.api.program.ProgramVersion;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.TokenKind;
import io.kopilka.rest.internal.auth.Access;
import io.kopilka.rest.internal.auth.BearerAuthFilter;
import io.kopilka.rest.internal.dto.Params;
import io.kopilka.rest.internal.dto.ProgramBody;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Programs (admin tokens): create, change (a new version each time), list with their status (a program whose
 * mechanic is not installed shows {@code MECHANIC_MISSING}), versions, activate and deactivate; and the installed
 * mechanics with their parameter schemas.
 */
@Component(service = ProgramResource.class)
@JaxrsResource
@JaxrsExtensionSelect({"(osgi.jaxrs.media.type=application/json)", "(osgi.jaxrs.name=" + BearerAuthFilter.NAME + ")"})
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgramResource {

    private final ProgramService programs;

    @Activate
    public ProgramResource(@Reference ProgramService programs) {
        this.programs = programs;
    }

    @GET
    @Path("mechanics")
    public List<MechanicInfo> mechanics(@Context SecurityContext security) {
        Access.caller(security);
        return programs.mechanics();
    }

    @GET
    @Path("programs")
    public List<Program> list(@Context SecurityContext security) {
        return programs.list(admin(security).organizationId());
    }

    @POST
    @Path("programs")
    public Response create(ProgramBody body, @Context SecurityContext security) {
        Caller caller = admin(security);
        Program p = programs.create(caller.organizationId(), Params.body(body).toDefinition(), caller.author());
        return Response.created(URI.create("/api/v1/programs/" + p.id())).entity(p).build();
    }

    @GET
    @Path("programs/{id}")
    public Program get(@PathParam("id") String id, @Context SecurityContext security) {
        return programs.get(admin(security).organizationId(), Params.id(id, "id"));
    }

    @PUT
    @Path("programs/{id}")
    public Program update(@PathParam("id") String id, ProgramBody body, @Context SecurityContext security) {
        Caller caller = admin(security);
        return programs.update(caller.organizationId(), Params.id(id, "id"), Params.body(body).toDefinition(),
                caller.author());
    }

    @GET
    @Path("programs/{id}/versions")
    public List<ProgramVersion> versions(@PathParam("id") String id, @Context SecurityContext security) {
        return programs.versions(admin(security).organizationId(), Params.id(id, "id"));
    }

    @POST
    @Path("programs/{id}/deactivate")
    public Program deactivate(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = admin(security);
        return programs.setActive(caller.organizationId(), Params.id(id, "id"), false, caller.author());
    }

    @POST
    @Path("programs/{id}/activate")
    public Program activate(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = admin(security);
        return programs.setActive(caller.organizationId(), Params.id(id, "id"), true, caller.author());
    }

    private static Caller admin(SecurityContext security) {
        return Access.require(security, TokenKind.ADMIN);
    }
}
