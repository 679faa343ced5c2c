package io.kopilka.pos.rkeeper.internal.events;

/**
 * The HTTP answer for r_keeper. The expected answer is not documented in anything readable (S11); Kopilka
 * answers 200 with an empty body for everything it has dealt with, including refused bodies, so that one bad
 * message cannot block the driver's FIFO queue, and 503 when it could not store or deliver the events, so that a
 * driver that retries will retry.
 *
 * @param status the HTTP status
 * @param contentType the content type of the body
 * @param body the body (empty)
 */
public record IntakeAnswer(int status, String contentType, String body) {

    static final IntakeAnswer OK = new IntakeAnswer(200, "text/plain; charset=utf-8", "");
    static final IntakeAnswer RETRY = new IntakeAnswer(503, "text/plain; charset=utf-8", "");
}
