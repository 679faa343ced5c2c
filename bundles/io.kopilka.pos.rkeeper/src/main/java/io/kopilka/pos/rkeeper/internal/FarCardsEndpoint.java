package io.kopilka.pos.rkeeper.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.kopilka.api.guest.GuestService;
import io.kopilka.api.guest.IdentifierService;
import io.kopilka.api.pos.PosDirectory;
import io.kopilka.api.pos.PosPlugin;
import io.kopilka.api.processing.ProcessingService;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.TokenKind;
import io.kopilka.api.security.TokenService;
import io.kopilka.pos.rkeeper.internal.farcards.FarCardsLimits;
import io.kopilka.pos.rkeeper.internal.farcards.FarCardsRequest;
import io.kopilka.pos.rkeeper.internal.farcards.FarCardsResponse;
import io.kopilka.pos.rkeeper.internal.farcards.FarCardsServer;
import io.kopilka.pos.rkeeper.internal.kopilka.KopilkaFarCardsBackend;
import io.kopilka.pos.rkeeper.internal.kopilka.RkeeperSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * r_keeper's FarCards-HTTP calls at {@code /api/ext/rkeeper/{key}/farcards/{function}}: ExtDllHTTP cannot send
 * Kopilka's bearer header, so the key in the URL configured in {@code ExtDllHttp.ini} is an application token of the
 * organization; a wrong key is answered in the protocol, as a refusal the cashier can read. The protocol work is
 * {@link FarCardsServer}'s; the decisions are {@link KopilkaFarCardsBackend}'s.
 */
@Component(service = {FarCardsEndpoint.class, PosPlugin.class},
        property = PosPlugin.VENDOR_PROPERTY + "=rkeeper", configurationPid = "io.kopilka.pos.rkeeper")
@Designate(ocd = RkeeperConfig.class)
@JaxrsResource
@Path(PosPlugin.OWN_AUTH_PREFIX + "rkeeper/{key}")
public class FarCardsEndpoint implements PosPlugin {

    private static final Logger LOG = LoggerFactory.getLogger(FarCardsEndpoint.class);
    private static final int WRONG_KEY = 100;

    private final TokenService tokens;
    private final ProcessingService processing;
    private final PosDirectory directory;
    private final GuestService guests;
    private final IdentifierService identifiers;
    private volatile RkeeperSettings settings;

    @Activate
    public FarCardsEndpoint(@Reference TokenService tokens, @Reference ProcessingService processing,
            @Reference PosDirectory directory, @Reference GuestService guests, @Reference IdentifierService identifiers,
            RkeeperConfig config) {
        this.tokens = tokens;
        this.processing = processing;
        this.directory = directory;
        this.guests = guests;
        this.identifiers = identifiers;
        modified(config);
    }

    @Modified
    void modified(RkeeperConfig config) {
        settings = RkeeperSettings.parse(config.discount_codes(), config.bonus_code(), config.default_discount_code(),
                config.venue_codes(), config.zone());
    }

    @Override
    public String vendor() {
        return "rkeeper";
    }

    @Override
    public String description() {
        return "r_keeper 7 FarCards-HTTP at /api/ext/rkeeper/{key}/farcards";
    }

    @POST
    @Path("farcards/{function}")
    @Consumes(MediaType.WILDCARD)
    public Response farcards(@PathParam("key") String key, @PathParam("function") String function, InputStream body)
            throws IOException {
        Optional<Caller> caller = tokens.authenticate(key).filter(c -> c.kind() == TokenKind.APPLICATION);
        FarCardsServer server = new FarCardsServer(caller.isPresent()
                ? new KopilkaFarCardsBackend(caller.get().organizationId(), processing, directory, guests,
                        identifiers, settings, Clock.systemUTC())
                : new RefusingBackend(WRONG_KEY, "Kopilka: wrong key in ExtDllHttp.ini"));
        FarCardsResponse answer = server.handle(FarCardsRequest.read(function, Map.of(), body,
                FarCardsLimits.DEFAULT.maxBodyBytes()));
        if (answer.errorCode() != 0) {
            LOG.info("FarCards {} answered error {}: {}", function, answer.errorCode(), answer.detail());
        }
        return Response.status(answer.status()).type(answer.contentType()).entity(answer.body()).build();
    }
}
