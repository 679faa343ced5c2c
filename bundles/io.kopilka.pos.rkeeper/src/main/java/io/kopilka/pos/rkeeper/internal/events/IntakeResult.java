package io.kopilka.pos.rkeeper.internal.events;

import java.util.List;

/**
 * What {@link EventIntake} did with a body.
 *
 * @param outcome the outcome
 * @param published the new events handed to the sink, in order
 * @param duplicateEvents how many events were dropped as already delivered
 * @param error why the body was refused, or {@code null}
 * @param detail a short note for the log
 * @param answer what to answer r_keeper
 */
public record IntakeResult(Outcome outcome, List<PosEvent> published, int duplicateEvents, ParseError error,
        String detail, IntakeAnswer answer) {

    /** The outcome of one delivery. */
    public enum Outcome {
        /** Parsed and mapped; new events (possibly none) were delivered. */
        ACCEPTED,
        /** The whole notification had been delivered before; nothing was done. */
        DUPLICATE,
        /** The body was refused (malformed, hostile, oversize, not a notification). */
        REJECTED,
        /** Storing or delivering failed; nothing was kept, and r_keeper is asked to retry. */
        FAILED
    }

    public IntakeResult {
        published = List.copyOf(published);
    }

    static IntakeResult accepted(List<PosEvent> published, int duplicates) {
        return new IntakeResult(Outcome.ACCEPTED, published, duplicates, null, "", IntakeAnswer.OK);
    }

    static IntakeResult duplicate(List<PosEvent> published) {
        return new IntakeResult(Outcome.DUPLICATE, published, 0, null, "notification already delivered",
                IntakeAnswer.OK);
    }

    static IntakeResult rejected(ParseError error, String detail) {
        return new IntakeResult(Outcome.REJECTED, List.of(), 0, error, detail, IntakeAnswer.OK);
    }

    static IntakeResult failed(String detail) {
        return new IntakeResult(Outcome.FAILED, List.of(), 0, null, detail, IntakeAnswer.RETRY);
    }
}
