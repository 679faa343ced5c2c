package io.kopilka.pos.rkeeper.internal.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives dish events by comparing an order's lines with what Kopilka saw before (quantities in thousandths,
 * a voided line counting 0) and with the quantities as of the last save:
 * <ul>
 * <li>a line that gains a {@code <Void>}: {@code DISH_REMOVED_SAVED};</li>
 * <li>a decrease within the unsaved part: {@code DISH_REMOVED_UNSAVED};</li>
 * <li>a decrease into the saved part without a void: {@code DISH_MOVED_OUT} (r_keeper deletes saved dishes only
 * with a void, so a saved dish that simply leaves was transferred);</li>
 * <li>an increase matching a dish that left another order within the move window: {@code DISH_MOVED_IN};</li>
 * <li>other increases: {@code DISH_ADDED_UNSAVED} during an edit; on a save, what exceeds the saved quantities is
 * {@code DISH_ADDED_SAVED}.</li>
 * </ul>
 */
final class DishDiff {

    /** The dish lines and saved quantities after a notification. */
    record State(Map<String, DishLine> dishes, Map<String, Long> saved) {
    }

    private final EventFactory events;
    private final OrderSnapshot before;
    private final OrderInfo order;
    private final MoveBook moves;
    private final Map<String, Long> saved;
    private final List<EventLine> added = new ArrayList<>();

    DishDiff(EventFactory events, OrderSnapshot before, MoveBook moves) {
        this.events = events;
        this.before = before;
        this.order = events.notification().order();
        this.moves = moves;
        this.saved = new LinkedHashMap<>(before.savedMilli());
    }

    State run(OrderMode mode, List<PosEvent> out) {
        if (mode == OrderMode.QUIT) {
            return quit(out);
        }
        if (!order.linesIncluded()) {
            return new State(before.dishes(), before.savedMilli());
        }
        Map<String, DishLine> now = OrderSnapshot.byUni(order.dishes());
        Set<String> unis = new LinkedHashSet<>(now.keySet());
        unis.addAll(before.unis());
        for (String uni : unis) {
            compare(uni, now.get(uni), mode, out);
        }
        if (mode == OrderMode.EDIT && !added.isEmpty()) {
            out.add(events.occurrence(PosEventKind.DISH_ADDED_UNSAVED, "").lines(added).build());
        }
        if (mode.saves()) {
            save(now, out);
        }
        return new State(now, saved);
    }

    private void compare(String uni, DishLine current, OrderMode mode, List<PosEvent> out) {
        DishLine line = current != null ? current : before.dishes().get(uni);
        if (line == null) {
            return;
        }
        long was = before.effectiveMilli(uni);
        long is = current == null ? 0 : current.effectiveMilli();
        if (current != null && current.voided() && was > 0) {
            out.add(events.fact(PosEventKind.DISH_REMOVED_SAVED, order.key() + "|" + uni + "|void")
                    .lines(List.of(EventLine.of(line, was))).build());
        } else if (is < was) {
            decreased(uni, line, was, is, out);
        } else if (is > was) {
            increased(uni, line, is - was, mode, out);
        }
    }

    private void decreased(String uni, DishLine line, long was, long is, List<PosEvent> out) {
        long fromSaved = Math.min(was - is, Math.max(0, savedMilli(uni) - is));
        long fromUnsaved = was - is - fromSaved;
        if (fromUnsaved > 0) {
            out.add(events.occurrence(PosEventKind.DISH_REMOVED_UNSAVED, uni)
                    .lines(List.of(EventLine.of(line, fromUnsaved))).build());
        }
        if (fromSaved > 0) {
            moves.leave(order.key(), line, fromSaved, events.receivedAt());
            saved.put(uni, savedMilli(uni) - fromSaved);
            out.add(events.occurrence(PosEventKind.DISH_MOVED_OUT, uni)
                    .lines(List.of(EventLine.of(line, fromSaved)))
                    .derived("a saved dish left the order without a void").build());
        }
    }

    private void increased(String uni, DishLine line, long more, OrderMode mode, List<PosEvent> out) {
        var from = moves.arrive(order.key(), line, more);
        if (from.isPresent()) {
            saved.merge(uni, more, Long::sum);
            out.add(events.occurrence(PosEventKind.DISH_MOVED_IN, uni).lines(List.of(EventLine.of(line, more)))
                    .derived("matches a dish that left order " + from.get().orderKey()).build());
        } else if (mode == OrderMode.EDIT) {
            added.add(EventLine.of(line, more));
        }
    }

    private void save(Map<String, DishLine> now, List<PosEvent> out) {
        List<EventLine> newlySaved = new ArrayList<>();
        for (DishLine dish : now.values()) {
            long extra = dish.effectiveMilli() - savedMilli(dish.uni());
            if (extra > 0) {
                newlySaved.add(EventLine.of(dish, extra));
            }
        }
        if (!newlySaved.isEmpty()) {
            out.add(events.occurrence(PosEventKind.DISH_ADDED_SAVED, "").lines(newlySaved).build());
        }
        saved.clear();
        now.forEach((uni, dish) -> saved.put(uni, dish.effectiveMilli()));
    }

    /** Leaving without saving: report what is discarded (if anything differs) and go back to the saved order. */
    private State quit(List<PosEvent> out) {
        if (before.dirty()) {
            List<EventLine> discarded = new ArrayList<>();
            for (String uni : before.unis()) {
                long unsaved = before.effectiveMilli(uni) - before.savedMilli(uni);
                if (unsaved > 0) {
                    discarded.add(EventLine.of(before.dishes().get(uni), unsaved));
                }
            }
            out.add(events.occurrence(PosEventKind.ORDER_QUIT_WITHOUT_SAVING, "").lines(discarded).build());
        }
        Map<String, DishLine> now = OrderSnapshot.byUni(order.dishes());
        Map<String, DishLine> reverted = new LinkedHashMap<>();
        before.savedMilli().forEach((uni, milli) -> {
            DishLine line = before.dishes().getOrDefault(uni, now.get(uni));
            if (milli > 0 && line != null) {
                reverted.put(uni, line.withQuantity(milli));
            }
        });
        return new State(reverted, before.savedMilli());
    }

    private long savedMilli(String uni) {
        return saved.getOrDefault(uni, 0L);
    }
}
