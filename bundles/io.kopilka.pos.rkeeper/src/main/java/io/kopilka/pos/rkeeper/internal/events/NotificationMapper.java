package io.kopilka.pos.rkeeper.internal.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps a notification to Kopilka POS events, given what Kopilka remembers about the restaurant and the order. A
 * pure function: state goes in and comes out in the {@link Mapping}; the caller stores it once the events are
 * delivered. Thread-safe.
 */
public final class NotificationMapper {

    private final Vocabulary vocabulary;
    private final Duration moveWindow;

    /** The default vocabulary and a 5-minute window to match a dish leaving one order with one arriving. */
    public NotificationMapper() {
        this(Vocabulary.defaults(), Duration.ofMinutes(5));
    }

    public NotificationMapper(Vocabulary vocabulary, Duration moveWindow) {
        this.vocabulary = vocabulary;
        this.moveWindow = moveWindow;
    }

    /**
     * @param venue the restaurant's state, or {@code null} if Kopilka has none
     * @param order the order's state, or {@code null} if Kopilka has none (or the notification has no order)
     * @param receivedAt when the notification arrived
     */
    public Mapping map(Notification notification, VenueSnapshot venue, OrderSnapshot order, Instant receivedAt) {
        EventFactory events = new EventFactory(notification, receivedAt);
        Optional<PosEventKind> primary = vocabulary.kindOf(notification);
        PosEventKind kind = primary.orElse(null);
        List<PosEvent> out = new ArrayList<>();
        VenueSnapshot nextVenue = VenueRules.apply(events, kind, venue == null ? VenueSnapshot.EMPTY : venue, out);
        OrderInfo info = notification.order();
        OrderSnapshot nextOrder = null;
        if (info != null) {
            MoveBook moves = new MoveBook(nextVenue.moves(), moveWindow, receivedAt);
            nextOrder = OrderRules.apply(events, kind, order, moves, out);
            nextVenue = nextVenue.withMoves(moves.pending());
        }
        boolean raisedElsewhere = kind == PosEventKind.CASH_PROGRAM_STARTED
                || kind == PosEventKind.ORDER_QUIT_WITHOUT_SAVING || info != null && OrderRules.HANDLED.contains(kind);
        if (primary.isEmpty()) {
            out.add(events.occurrence(PosEventKind.UNRECOGNIZED, "")
                    .detail("name=" + notification.name() + " Situation=" + notification.situation()).build());
        } else if (!raisedElsewhere) {
            out.add(events.occurrence(kind, "").build());
        }
        return new Mapping(out, nextVenue, info == null ? null : info.key(), nextOrder);
    }
}
