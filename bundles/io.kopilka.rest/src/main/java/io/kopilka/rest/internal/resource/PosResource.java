package io.kopilka.rest.internal.resource;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.kopilka.api.processing.PosContext;
import io.kopilka.api.processing.ProcessingService;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.TokenKind;
import io.kopilka.rest.internal.auth.Access;
import io.kopilka.rest.internal.auth.BearerAuthFilter;
import io.kopilka.rest.internal.dto.CancelBody;
import io.kopilka.rest.internal.dto.Params;
import io.kopilka.rest.internal.dto.RefundBody;
import io.kopilka.rest.internal.till.TillServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The generic POS protocol's refund and cancel, for terminal tokens (the venue and terminal come from the token).
 * Calculate and commit, the calls of every receipt, are served by {@link TillServlet}. The root path is
 * {@code v1/pos}, not {@code v1} as most resources have: CXF matches a request's method only among the root resources
 * with the most specific matching path, so these calls are not matched against every method of the API.
 */
@Component(service = PosResource.class)
@JaxrsResource
@JaxrsExtensionSelect({"(osgi.jaxrs.media.type=application/json)", "(osgi.jaxrs.name=" + BearerAuthFilter.NAME + ")"})
@Path("v1/pos")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PosResource {

    private final ProcessingService processing;

    @Activate
    public PosResource(@Reference ProcessingService processing) {
        this.processing = processing;
    }

    @POST
    @Path("refund")
    public RefundBody.RefundView refund(RefundBody body, @Context SecurityContext security) {
        return RefundBody.RefundView.of(processing.refund(pos(security), Params.body(body).toRequest()));
    }

    @POST
    @Path("cancel")
    public RefundBody.RefundView cancel(CancelBody body, @Context SecurityContext security) {
        CancelBody b = Params.body(body);
        return RefundBody.RefundView.of(processing.cancel(pos(security), b.receiptId(), b.reason()));
    }

    private static PosContext pos(SecurityContext security) {
        Caller c = Access.require(security, TokenKind.TERMINAL);
        return new PosContext(c.organizationId(), c.venueId(), c.terminalId(), c.author());
    }
}
