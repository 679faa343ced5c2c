package io.kopilka.rest.internal.resource;

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

import io.kopilka.api.feedback.Reviews;
import io.kopilka.api.guest.GuestOverviews;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.TokenKind;
import io.kopilka.rest.internal.auth.Access;
import io.kopilka.rest.internal.auth.BearerAuthFilter;
import io.kopilka.rest.internal.dto.OverviewView;
import io.kopilka.rest.internal.dto.PageView;
import io.kopilka.rest.internal.dto.Params;
import io.kopilka.rest.internal.dto.ReviewView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * What guests say and see (admin and application tokens): reviews with their receipts' facts, filtered by venue or
 * guest, and a guest's overview as the guest's own app or bot shows it.
 */
@Component(service = ReviewResource.class)
@JaxrsResource
@JaxrsExtensionSelect({"(osgi.jaxrs.media.type=application/json)", "(osgi.jaxrs.name=" + BearerAuthFilter.NAME + ")"})
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final Reviews reviews;
    private final GuestOverviews overviews;

    @Activate
    public ReviewResource(@Reference Reviews reviews, @Reference GuestOverviews overviews) {
        this.reviews = reviews;
        this.overviews = overviews;
    }

    @GET
    @Path("reviews")
    public PageView<ReviewView> list(@QueryParam("venue") String venue, @QueryParam("guest") String guest,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context SecurityContext security) {
        Caller caller = reader(security);
        return PageView.of(reviews.list(caller.organizationId(), venue == null ? null : Params.id(venue, "venue"),
                guest == null ? null : Params.id(guest, "guest"), Params.intOr(page, "page", 0),
                Params.intOr(size, "size", 50)), ReviewView::of);
    }

    @GET
    @Path("guests/{id}/overview")
    public OverviewView overview(@PathParam("id") String id, @QueryParam("purchases") String purchases,
            @Context SecurityContext security) {
        Caller caller = reader(security);
        return OverviewView.of(overviews.of(caller.organizationId(), Params.id(id, "id"),
                Params.intOr(purchases, "purchases", 5)));
    }

    private static Caller reader(SecurityContext security) {
        return Access.require(security, TokenKind.ADMIN, TokenKind.APPLICATION);
    }
}
