package io.kopilka.rest.internal.resource;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.kopilka.api.account.AccountService;
import io.kopilka.api.account.LedgerCheckReport;
import io.kopilka.api.security.TokenKind;
import io.kopilka.rest.internal.auth.Access;
import io.kopilka.rest.internal.auth.BearerAuthFilter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/v1/ledger/check}, admin only: proves cached balances and lots equal the ledger. */
@Component(service = LedgerResource.class)
@JaxrsResource
@JaxrsExtensionSelect({"(osgi.jaxrs.media.type=application/json)", "(osgi.jaxrs.name=" + BearerAuthFilter.NAME + ")"})
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    private final AccountService accounts;

    @Activate
    public LedgerResource(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    @Path("ledger/check")
    public LedgerCheckReport check(@Context SecurityContext security) {
        return accounts.check(Access.require(security, TokenKind.ADMIN).organizationId());
    }
}
