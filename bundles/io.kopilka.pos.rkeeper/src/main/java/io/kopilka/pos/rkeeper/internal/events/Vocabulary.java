package io.kopilka.pos.rkeeper.internal.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a notification's {@code name} and {@code Situation} mean. The name wins when both are known (a
 * "Save Order" is more precise than Situation 3). Defaults: Situations 1, 3, 4, 5 from the official table (S11);
 * names from the third-party shape (T) plus the official "Started". Add names or Situations found in a capture
 * of real traffic (for example what Situation 9 is) with {@link #withName} and {@link #withSituation}; a kind
 * that is not part of the order or station flow is then raised as it is. Immutable.
 */
public final class Vocabulary {

    private final Map<String, PosEventKind> names;
    private final Map<Integer, PosEventKind> situations;

    private Vocabulary(Map<String, PosEventKind> names, Map<Integer, PosEventKind> situations) {
        this.names = Map.copyOf(names);
        this.situations = Map.copyOf(situations);
    }

    public static Vocabulary defaults() {
        Map<String, PosEventKind> names = new HashMap<>();
        names.put("started", PosEventKind.CASH_PROGRAM_STARTED);
        names.put("new order", PosEventKind.NEW_ORDER);
        names.put("open order", PosEventKind.ORDER_OPENED);
        names.put("order changed", PosEventKind.ORDER_CHANGED);
        names.put("save order", PosEventKind.ORDER_SAVED);
        names.put("quit order", PosEventKind.ORDER_QUIT_WITHOUT_SAVING);
        names.put("order recalc", PosEventKind.ORDER_RECALCULATED);
        Map<Integer, PosEventKind> situations = new HashMap<>();
        situations.put(1, PosEventKind.CASH_PROGRAM_STARTED);
        situations.put(3, PosEventKind.ORDER_CHANGED);
        situations.put(4, PosEventKind.ORDER_RECALCULATED);
        situations.put(5, PosEventKind.RECEIPT_CLOSED);
        return new Vocabulary(names, situations);
    }

    /** A copy that also reads notifications named {@code name} (ignoring case) as {@code kind}. */
    public Vocabulary withName(String name, PosEventKind kind) {
        Map<String, PosEventKind> more = new HashMap<>(names);
        more.put(XmlNode.lower(name.strip()), kind);
        return new Vocabulary(more, situations);
    }

    /** A copy that also reads Situation {@code situation} as {@code kind}. */
    public Vocabulary withSituation(int situation, PosEventKind kind) {
        Map<Integer, PosEventKind> more = new HashMap<>(situations);
        more.put(situation, kind);
        return new Vocabulary(names, more);
    }

    /** The kind the notification's type names, if known. */
    public Optional<PosEventKind> kindOf(Notification notification) {
        if (notification.name() != null) {
            PosEventKind byName = names.get(XmlNode.lower(notification.name()));
            if (byName != null) {
                return Optional.of(byName);
            }
        }
        return Optional.ofNullable(situations.get(notification.situation()));
    }
}
