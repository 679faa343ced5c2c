package io.kopilka.rest.internal.resource;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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

import io.kopilka.api.Amounts;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.account.AccountService;
import io.kopilka.api.account.AccountType;
import io.kopilka.api.account.OperationRequest;
import io.kopilka.api.account.OperationResult;
import io.kopilka.api.account.OperationType;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.TokenKind;
import io.kopilka.rest.internal.auth.Access;
import io.kopilka.rest.internal.auth.BearerAuthFilter;
import io.kopilka.rest.internal.dto.BalanceView;
import io.kopilka.rest.internal.dto.CreditLimitRequest;
import io.kopilka.rest.internal.dto.EntryView;
import io.kopilka.rest.internal.dto.LotView;
import io.kopilka.rest.internal.dto.OperationBody;
import io.kopilka.rest.internal.dto.PageView;
import io.kopilka.rest.internal.dto.Params;
import io.kopilka.rest.internal.dto.ReasonRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Accounts and the ledger: balances, lots, operations (201 when applied, 200 with {@code replayed} for a repeated
 * idempotency key), history, storno and the credit limit.
 */
@Component(service = AccountResource.class)
@JaxrsResource
@JaxrsExtensionSelect({"(osgi.jaxrs.media.type=application/json)", "(osgi.jaxrs.name=" + BearerAuthFilter.NAME + ")"})
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** The longest person's name an operation may carry next to the token's name. */
    static final int MAX_AUTHOR = 80;

    private final AccountService accounts;

    @Activate
    public AccountResource(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    @Path("guests/{id}/accounts")
    public List<BalanceView> balances(@PathParam("id") String guestId, @Context SecurityContext security) {
        return accounts.balances(Access.caller(security).organizationId(), Params.id(guestId, "id")).stream()
                .map(BalanceView::of).toList();
    }

    @GET
    @Path("guests/{id}/lots")
    public List<LotView> lots(@PathParam("id") String guestId, @Context SecurityContext security) {
        return accounts.lots(Access.caller(security).organizationId(), Params.id(guestId, "id")).stream()
                .map(LotView::of).toList();
    }

    @POST
    @Path("guests/{id}/operations")
    public Response operate(@PathParam("id") String guestId, OperationBody body,
            @HeaderParam("Idempotency-Key") String headerKey, @Context SecurityContext security) {
        Caller caller = Access.caller(security);
        OperationBody b = Params.body(body);
        OperationRequest request = b.toRequest(headerKey);
        if (request.type() == OperationType.ADJUST) {
            Access.require(security, TokenKind.ADMIN);
        }
        if (b.author() != null && b.author().strip().length() > MAX_AUTHOR) {
            throw new InvalidInputException("author", "must be at most " + MAX_AUTHOR + " characters");
        }
        String author = b.author() == null || b.author().isBlank() ? caller.author()
                : caller.author() + " (" + b.author().strip() + ")";
        OperationResult result = accounts.operate(caller.organizationId(), Params.id(guestId, "id"), request, author);
        return Response.status(result.replayed() ? 200 : 201).entity(EntryView.of(result)).build();
    }

    @GET
    @Path("guests/{id}/operations")
    public PageView<EntryView> history(@PathParam("id") String guestId, @QueryParam("account") String account,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context SecurityContext security) {
        return PageView.of(accounts.history(Access.caller(security).organizationId(), Params.id(guestId, "id"),
                Params.enumOr(AccountType.class, account, "account"), Params.intOr(page, "page", 0),
                Params.intOr(size, "size", 50)), e -> EntryView.of(e, null));
    }

    @POST
    @Path("operations/{entryId}/storno")
    public Response storno(@PathParam("entryId") String entryId, ReasonRequest body,
            @HeaderParam("Idempotency-Key") String headerKey, @Context SecurityContext security) {
        Caller caller = Access.require(security, TokenKind.ADMIN);
        ReasonRequest b = Params.body(body);
        OperationResult result = accounts.storno(caller.organizationId(), Params.id(entryId, "entryId"),
                b.idempotencyKey() != null ? b.idempotencyKey() : headerKey, b.reason(), caller.author());
        return Response.status(result.replayed() ? 200 : 201).entity(EntryView.of(result)).build();
    }

    @PUT
    @Path("guests/{id}/credit-limit")
    public BalanceView creditLimit(@PathParam("id") String guestId, CreditLimitRequest body,
            @Context SecurityContext security) {
        Caller caller = Access.require(security, TokenKind.ADMIN);
        long limit = Amounts.toMinor(Params.body(body).creditLimit(), "creditLimit");
        return BalanceView.of(accounts.setCreditLimit(caller.organizationId(), Params.id(guestId, "id"), limit,
                caller.author()));
    }
}
