package io.kopilka.core.internal.alerts;

import io.kopilka.api.pos.PosEvent;
import io.kopilka.core.internal.ledger.Fingerprint;

/**
 * Outbox dedupe keys of alerts and shift reports: one message per chat and POS event, however often the event is
 * published. {@code alert:<chatId>:<vendor>:<event dedupe key>} and {@code shift-report:<chatId>:<vendor>:<key>};
 * the vendor is part of it because POS events are unique per vendor and key. A key longer than the outbox takes
 * ({@value #MAX} characters) ends in {@code #} and the SHA-256 of {@code <vendor>:<key>} instead.
 */
final class AlertKeys {

    static final int MAX = 200;

    private AlertKeys() {
    }

    static String alert(long chatId, PosEvent e) {
        return key("alert:" + chatId + ":", e);
    }

    static String shiftReport(long chatId, PosEvent e) {
        return key("shift-report:" + chatId + ":", e);
    }

    private static String key(String prefix, PosEvent e) {
        String event = e.vendor() + ":" + e.dedupeKey();
        String key = prefix + event;
        return key.length() <= MAX ? key : prefix + "#" + Fingerprint.sha256(event);
    }
}
