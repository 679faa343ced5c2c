package io.kopilka.rest.internal.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.IssuedToken;
import io.kopilka.api.security.TokenInfo;
import io.kopilka.api.security.TokenKind;
import io.kopilka.api.security.TokenService;
import io.kopilka.rest.internal.auth.Access;
import io.kopilka.rest.internal.auth.BearerAuthFilter;
import io.kopilka.rest.internal.dto.Params;
import io.kopilka.rest.internal.dto.TokenRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/tokens}, admin only: issue (the secret is in this one answer only), list and revoke tokens. */
@Component(service = TokenResource.class)
@JaxrsResource
@JaxrsExtensionSelect({"(osgi.jaxrs.media.type=application/json)", "(osgi.jaxrs.name=" + BearerAuthFilter.NAME + ")"})
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {

    private final TokenService tokens;

    @Activate
    public TokenResource(@Reference TokenService tokens) {
        this.tokens = tokens;
    }

    @GET
    @Path("tokens")
    public List<TokenInfo> list(@Context SecurityContext security) {
        return tokens.list(Access.require(security, TokenKind.ADMIN).organizationId());
    }

    @POST
    @Path("tokens")
    public Response issue(TokenRequest body, @Context SecurityContext security) {
        Caller caller = Access.require(security, TokenKind.ADMIN);
        TokenRequest request = Params.body(body);
        if (request.kind() == null) {
            throw new InvalidInputException("kind", "is required");
        }
        IssuedToken issued = tokens.issue(caller.organizationId(), request.kind(), request.terminalId(),
                request.name(), caller.author());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token", issued.info());
        answer.put("secret", issued.secret());
        return Response.status(201).entity(answer).build();
    }

    @DELETE
    @Path("tokens/{id}")
    public TokenInfo revoke(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = Access.require(security, TokenKind.ADMIN);
        return tokens.revoke(caller.organizationId(), Params.id(id, "id"), caller.author());
    }
}
