package io.kopilka.pos.rkeeper.sim;

import java.util.List;

import io.kopilka.pos.rkeeper.internal.events.PosEventKind;

/**
 * One message of a script: its body, whether r_keeper loses it (queued when the cash server stopped, so never
 * sent), and the event kinds Kopilka should publish for it, in order (none for a duplicate or a lost message).
 *
 * @param label what the step is
 * @param body the HTTP body
 * @param lost whether it is never sent
 * @param expected the event kinds expected from this delivery
 */
public record Delivery(String label, byte[] body, boolean lost, List<PosEventKind> expected) {

    public Delivery {
        body = body.clone();
        expected = List.copyOf(expected);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
