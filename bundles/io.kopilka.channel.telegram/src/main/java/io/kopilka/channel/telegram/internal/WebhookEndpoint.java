package io.kopilka.channel.telegram.internal;

import java.io.IOException;
import java.io.InputStream;

import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.kopilka.api.pos.PosPlugin;
import io.kopilka.channel.telegram.internal.intake.WebhookIntake;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Telegram's webhook calls at {@code /api/ext/telegram/{bot id}/webhook}, in Kopilka's default JAX-RS application:
 * the {@code ext/} prefix leaves authentication to the endpoint, which is the secret token header. Answers are plain
 * status codes (200 taken, 401/403 secret, 404 no such bot, 400 not an update, 413 too large, 503 try later).
 */
@Component(service = WebhookEndpoint.class)
@JaxrsResource
@Path(PosPlugin.OWN_AUTH_PREFIX + "telegram/{key}")
public class WebhookEndpoint {

    static final int MAX_BODY = 1 << 20;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile WebhookReceiver receiver;

    @POST
    @Path("webhook")
    @Consumes(MediaType.WILDCARD)
    public Response update(@PathParam("key") String key,
            @HeaderParam(WebhookIntake.SECRET_HEADER) String secret, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            return Response.status(413).type(MediaType.TEXT_PLAIN).entity("too large").build();
        }
        WebhookReceiver current = receiver;
        WebhookIntake.Result result = current == null ? WebhookIntake.Result.NOT_FOUND
                : current.receive(key, secret, bytes);
        return Response.status(result.status()).type(MediaType.TEXT_PLAIN).entity(result.name().toLowerCase())
                .build();
    }
}
