package io.kopilka.pos.rkeeper.internal.kopilka;

import java.time.Instant;
import java.util.List;

import io.kopilka.api.pos.PosDirectory;
import io.kopilka.api.pos.PosEvents;
import io.kopilka.api.processing.PosContext;
import io.kopilka.pos.rkeeper.internal.events.EventSink;
import io.kopilka.pos.rkeeper.internal.events.PosEvent;

/**
 * Hands r_keeper's events to Kopilka: the restaurant and station become the venue and terminal, and each event is
 * stored once and posted on EventAdmin by {@link PosEvents}. A failure propagates, so the intake asks r_keeper to
 * send the notification again.
 */
public final class EventForwarder implements EventSink {

    private final long organizationId;
    private final PosDirectory directory;
    private final PosEvents events;
    private final RkeeperSettings settings;

    public EventForwarder(long organizationId, PosDirectory directory, PosEvents events, RkeeperSettings settings) {
        this.organizationId = organizationId;
        this.directory = directory;
        this.events = events;
        this.settings = settings;
    }

    @Override
    public void accept(List<PosEvent> batch) {
        for (PosEvent e : batch) {
            String station = e.station() == null || e.station().code() == null || e.station().code().isBlank()
                    ? "0" : e.station().code();
            PosContext pos = directory.resolve(organizationId, KopilkaFarCardsBackend.VENDOR,
                    settings.venueCodeFor(e.restCode()), station, null);
            Instant at = e.venueTime() != null ? e.venueTime().atZone(settings.zone()).toInstant() : e.receivedAt();
            events.publish(new io.kopilka.api.pos.PosEvent(KopilkaFarCardsBackend.VENDOR, organizationId,
                    pos.venueId(), pos.terminalId(), e.kind().name(), e.dedupeKey(), at,
                    e.employee() == null ? null : e.employee().name(), e.order() == null ? null : e.order().key(),
                    null, e.amountKopecks(), e.details()));
        }
    }
}
