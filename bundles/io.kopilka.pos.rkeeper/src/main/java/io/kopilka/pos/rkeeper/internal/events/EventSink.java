package io.kopilka.pos.rkeeper.internal.events;

import java.util.List;

/**
 * Where new events go (EventAdmin, the alert outbox, ...). Throwing tells {@link EventIntake} the events were not
 * taken: their keys are released and r_keeper is answered with an error, so a redelivery is processed again.
 */
@FunctionalInterface
public interface EventSink {

    void accept(List<PosEvent> events);
}
