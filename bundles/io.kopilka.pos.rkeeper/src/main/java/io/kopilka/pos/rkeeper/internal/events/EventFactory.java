package io.kopilka.pos.rkeeper.internal.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** Builds the events of one notification, filling in what they share (venue, station, order, times, raw type). */
final class EventFactory {

    private final Notification notification;
    private final Instant receivedAt;

    EventFactory(Notification notification, Instant receivedAt) {
        this.notification = notification;
        this.receivedAt = receivedAt;
    }

    Notification notification() {
        return notification;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    /** An event that can recur; keyed by this notification plus {@code discriminator}. */
    Draft occurrence(PosEventKind kind, String discriminator) {
        return new Draft(kind, EventKeys.occurrence(notification, kind, discriminator));
    }

    /** An event that happens once per fact, whichever notification reports it. */
    Draft fact(PosEventKind kind, String fact) {
        return new Draft(kind, EventKeys.fact(notification.restCode(), kind, fact));
    }

    /** An event being built; defaults come from the notification. */
    final class Draft {
        private final PosEventKind kind;
        private final String key;
        private Ref employee;
        private OrderRef order;
        private List<EventLine> lines = List.of();
        private long amount;
        private LocalDateTime venueTime = notification.dateTime();
        private boolean derived;
        private String detail = "";

        private Draft(PosEventKind kind, String key) {
            this.kind = kind;
            this.key = key;
            OrderInfo info = notification.order();
            this.employee = info == null ? null : info.waiter();
            this.order = info == null ? null : OrderRef.of(info);
        }

        /** The lines involved; the amount becomes their sum. */
        Draft lines(List<EventLine> involved) {
            this.lines = involved;
            this.amount = involved.stream().mapToLong(EventLine::amountKopecks).sum();
            return this;
        }

        Draft amount(long kopecks) {
            this.amount = kopecks;
            return this;
        }

        Draft employee(Ref who) {
            this.employee = who;
            return this;
        }

        Draft withoutOrder() {
            this.order = null;
            return this;
        }

        Draft venueTime(LocalDateTime when) {
            this.venueTime = when;
            return this;
        }

        Draft derived(String why) {
            this.derived = true;
            this.detail = why;
            return this;
        }

        Draft detail(String note) {
            this.detail = note;
            return this;
        }

        PosEvent build() {
            return new PosEvent(kind, notification.restCode(), notification.station(), employee, order, lines, amount,
                    venueTime, receivedAt, key, notification.situation(), notification.name(), derived, detail);
        }
    }
}
