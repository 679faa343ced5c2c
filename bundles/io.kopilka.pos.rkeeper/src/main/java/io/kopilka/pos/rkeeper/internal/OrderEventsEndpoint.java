package io.kopilka.pos.rkeeper.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.kopilka.api.pos.PosDirectory;
import io.kopilka.api.pos.PosEvents;
import io.kopilka.api.pos.PosPlugin;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.TokenKind;
import io.kopilka.api.security.TokenService;
import io.kopilka.pos.rkeeper.internal.events.EventIntake;
import io.kopilka.pos.rkeeper.internal.events.InMemoryDedupeStore;
import io.kopilka.pos.rkeeper.internal.events.InMemoryStateStore;
import io.kopilka.pos.rkeeper.internal.events.IntakeAnswer;
import io.kopilka.pos.rkeeper.internal.events.IntakeResult;
import io.kopilka.pos.rkeeper.internal.events.NotificationMapper;
import io.kopilka.pos.rkeeper.internal.events.NotificationParser;
import io.kopilka.pos.rkeeper.internal.events.SilenceDetector;
import io.kopilka.pos.rkeeper.internal.kopilka.EventForwarder;
import io.kopilka.pos.rkeeper.internal.kopilka.RkeeperSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * r_keeper's order-change notifications (HTTPOrderNotify) at {@code /api/ext/rkeeper/{key}/orders}, one intake per
 * organization; every minute the restaurants' silence is checked for "connection lost" and "restored". Order state for
 * derived events is kept in memory: after a restart the first notification of an order is read on its own. The
 * settings are the plugin's ({@link RkeeperConfig}, designated by {@link FarCardsEndpoint}).
 */
@Component(service = OrderEventsEndpoint.class, configurationPid = "io.kopilka.pos.rkeeper")
@JaxrsResource
@Path(PosPlugin.OWN_AUTH_PREFIX + "rkeeper/{key}")
public class OrderEventsEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(OrderEventsEndpoint.class);
    /** Reading stops one byte past the parser's limit, which then refuses the body as oversized. */
    private static final int MAX_BODY = 1 << 20;

    private final TokenService tokens;
    private final PosDirectory directory;
    private final PosEvents events;
    private final RkeeperSettings settings;
    private final Duration silence;
    private final Map<Long, EventIntake> intakes = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "kopilka-rkeeper-silence"));

    @Activate
    public OrderEventsEndpoint(@Reference TokenService tokens, @Reference PosDirectory directory,
            @Reference PosEvents events, RkeeperConfig config) {
        this.tokens = tokens;
        this.directory = directory;
        this.events = events;
        this.settings = RkeeperSettings.parse(config.discount_codes(), config.bonus_code(),
                config.default_discount_code(), config.venue_codes(), config.zone());
        this.silence = Duration.ofMinutes(config.silence_minutes());
        watch.scheduleWithFixedDelay(this::checkSilence, 1, 1, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        watch.shutdownNow();
    }

    @POST
    @Path("orders")
    @Consumes(MediaType.WILDCARD)
    public Response orders(@PathParam("key") String key, InputStream body) throws IOException {
        Optional<Caller> caller = tokens.authenticate(key).filter(c -> c.kind() == TokenKind.APPLICATION);
        if (caller.isEmpty()) {
            return Response.status(403).type(MediaType.TEXT_PLAIN).entity("wrong key").build();
        }
        IntakeResult result = intake(caller.get().organizationId()).accept(body.readNBytes(MAX_BODY + 1));
        if (result.outcome() != IntakeResult.Outcome.ACCEPTED) {
            LOG.info("r_keeper notification {}: {}", result.outcome(), result.detail());
        }
        IntakeAnswer answer = result.answer();
        return Response.status(answer.status()).type(answer.contentType()).entity(answer.body()).build();
    }

    private EventIntake intake(long organizationId) {
        return intakes.computeIfAbsent(organizationId, org -> new EventIntake(new NotificationParser(),
                new NotificationMapper(), new InMemoryStateStore(), new InMemoryDedupeStore(),
                new EventForwarder(org, directory, events, settings), new SilenceDetector(silence, Clock.systemUTC()),
                Clock.systemUTC()));
    }

    private void checkSilence() {
        intakes.values().forEach(intake -> {
            try {
                intake.checkSilence();
            } catch (RuntimeException e) {
                LOG.warn("Checking r_keeper silence failed", e);
            }
        });
    }
}
