package io.kopilka.pos.rkeeper.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kopilka.pos.rkeeper.internal.events.EventIntake;
import io.kopilka.pos.rkeeper.internal.events.InMemoryDedupeStore;
import io.kopilka.pos.rkeeper.internal.events.InMemoryStateStore;
import io.kopilka.pos.rkeeper.internal.events.IntakeAnswer;
import io.kopilka.pos.rkeeper.internal.events.NotificationMapper;
import io.kopilka.pos.rkeeper.internal.events.NotificationParser;
import io.kopilka.pos.rkeeper.internal.events.PosEvent;
import io.kopilka.pos.rkeeper.internal.events.PosEventKind;

/** The simulator speaks HTTP: each message is one POST, in order; lost ones are not sent. */
class OrderNotifySimulatorTest {

    @Test
    void playsTheShiftOverHttpIntoAnIntake() throws Exception {
        List<PosEvent> published = Collections.synchronizedList(new ArrayList<>());
        EventIntake intake = new EventIntake(new NotificationParser(), new NotificationMapper(),
                new InMemoryStateStore(), new InMemoryDedupeStore(), published::addAll, null, Clock.systemUTC());
        try (LocalServer server = new LocalServer(request -> {
            IntakeAnswer answer = intake.accept(request.body()).answer();
            return new LocalServer.Answer(answer.status(), answer.body());
        })) {
            OrderNotifySimulator simulator = new OrderNotifySimulator(URI.create(server.base() + "/rk7/notify"));
            List<Integer> statuses = simulator.playShift();
            List<Delivery> script = ShiftScript.deliveries();
            List<Delivery> sent = script.stream().filter(d -> !d.lost()).toList();
            assertEquals(Collections.nCopies(sent.size(), 200), statuses);
            List<LocalServer.Received> received = server.received();
            assertEquals(sent.size(), received.size());
            for (int i = 0; i < sent.size(); i++) {
                assertArrayEquals(sent.get(i).body(), received.get(i).body(), sent.get(i).label());
                assertEquals("/rk7/notify", received.get(i).path());
                assertEquals("text/xml; charset=utf-8", received.get(i).contentType());
            }
            List<PosEventKind> expected = script.stream().flatMap(d -> d.expected().stream()).toList();
            assertEquals(expected, published.stream().map(PosEvent::kind).toList());
        }
    }
}
