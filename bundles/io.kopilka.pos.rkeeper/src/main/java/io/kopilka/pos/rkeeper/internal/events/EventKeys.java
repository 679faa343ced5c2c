package io.kopilka.pos.rkeeper.internal.events;

import java.nio.charset.StandardCharsets;

/**
 * Dedupe keys. A notification's identity is {@code RestCode|guid|seqnumber|DateTime|Situation|name} when it has a
 * {@code seqnumber} and a {@code DateTime} (seqnumber alone restarts at 1 with the cash server, S11's two examples
 * both have 1), else the SHA-256 of its body. Event keys are {@code rk7:<KIND>:<128-bit hash>} of either
 * <ul>
 * <li>an <em>occurrence</em>: the notification's identity plus a discriminator (the dish line, ...), for things
 * that can happen many times (an order change, a pre-check print), or</li>
 * <li>a <em>fact</em>: the restaurant plus what the fact is about (an order, a discount line, a shift number), for
 * things that happen once whichever notification reports them (a new order, a voided line, a closed shift).</li>
 * </ul>
 */
final class EventKeys {

    private EventKeys() {
    }

    /** The key that marks a whole notification as seen. */
    static String notification(Notification notification) {
        return "rk7:notification:" + hash(identity(notification));
    }

    static String occurrence(Notification notification, PosEventKind kind, String discriminator) {
        return "rk7:" + kind.name() + ":" + hash("n|" + identity(notification) + "|" + discriminator);
    }

    static String fact(String restCode, PosEventKind kind, String fact) {
        return "rk7:" + kind.name() + ":" + hash("f|" + restCode + "|" + fact);
    }

    static String identity(Notification n) {
        if (n.seqNumber() != null && n.dateTimeText() != null) {
            return String.join("|", n.restCode(), String.valueOf(n.guid()), n.seqNumber(), n.dateTimeText(),
                    Integer.toString(n.situation()), String.valueOf(n.name()));
        }
        return "body|" + n.bodyDigest();
    }

    private static String hash(String text) {
        return NotificationParser.digest(text.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }
}
