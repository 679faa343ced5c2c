package io.kopilka.core.internal.expiry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.engagement.Notifications;
import io.kopilka.core.internal.ledger.ExpiryBurner;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every few minutes: burns expired bonus lots in small transactions (one account at a time, a bounded batch per
 * round), and posts {@value #EXPIRING_TOPIC} once per guest for points expiring within the notice period, for
 * messaging to tell the guest.
 */
@Component(immediate = true, configurationPid = "io.kopilka.expiry")
@Designate(ocd = ExpiryJob.Config.class)
public class ExpiryJob {

    /** Event topic: a guest's points expire soon; properties organizationId, guestId, points, expiresAt. */
    public static final String EXPIRING_TOPIC = "io/kopilka/bonus/EXPIRING_SOON";

    private static final Logger LOG = LoggerFactory.getLogger(ExpiryJob.class);

    @ObjectClassDefinition(name = "Kopilka bonus expiry")
    @interface Config {

        @AttributeDefinition(name = "Interval (seconds)")
        long interval_seconds() default 300;

        @AttributeDefinition(name = "Lots per transaction", description = "Keep well below Derby's 5,000 row locks")
        int batch_size() default 500;

        @AttributeDefinition(name = "Notice (days)", description = "Tell guests this many days before points expire")
        int notice_days() default 7;
    }

    private final Database db;
    private final Notifications notifications;
    private final ExpiryBurner burner;
    private final Clock clock;
    private final int batch;
    private final Duration notice;
    private final ScheduledExecutorService scheduler;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public ExpiryJob(@Reference Database db, @Reference Notifications notifications, Config config) {
        this(db, notifications, Clock.systemUTC(), config.batch_size(), Duration.ofDays(config.notice_days()));
        scheduler.scheduleWithFixedDelay(this::runSafely, config.interval_seconds(), config.interval_seconds(),
                TimeUnit.SECONDS);
    }

    public ExpiryJob(Database db, Notifications notifications, Clock clock, int batch, Duration notice) {
        this.db = db;
        this.notifications = notifications;
        this.burner = new ExpiryBurner(db.ids());
        this.clock = clock;
        this.batch = batch;
        this.notice = notice;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kopilka-expiry"));
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }

    /** For tests and the shell: one full run now; returns the points burned. */
    public long runOnce() {
        Instant now = clock.instant();
        long burned = 0;
        Map<Long, Long> due;
        do {
            due = db.read(em -> burner.due(em, now, batch));
            for (Long account : due.keySet()) {
                burned += db.tx(em -> burner.burn(em, account, now));
            }
        } while (!due.isEmpty());
        notifyExpiring(now);
        return burned;
    }

    void setEvents(EventAdmin events) {
        this.events = events;
    }

    private void notifyExpiring(Instant now) {
        Instant until = now.plus(notice);
        List<Object[]> guests;
        do {
            guests = db.read(em -> burner.expiringSoon(em, now, until, batch));
            for (Object[] g : guests) {
                Map<String, Object> props = new HashMap<>();
                props.put("organizationId", g[0]);
                props.put("guestId", g[1]);
                props.put("points", g[2]);
                props.put("expiresAt", g[3].toString());
                db.tx(em -> {
                    notifications.expiring(em, (Long) g[0], (Long) g[1], (Long) g[2], (Instant) g[3]);
                    return burner.markNotified(em, (Long) g[1], now, until);
                });
                EventAdmin admin = events;
                if (admin != null) {
                    admin.postEvent(new Event(EXPIRING_TOPIC, props));
                }
            }
        } while (!guests.isEmpty());
    }

    private void runSafely() {
        try {
            long burned = runOnce();
            if (burned > 0) {
                LOG.info("Expired {} minor units of bonus points", burned);
            }
        } catch (RuntimeException e) {
            LOG.warn("Bonus expiry run failed; it will run again", e);
        }
    }
}
