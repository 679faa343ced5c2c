package io.kopilka.pos.rkeeper.internal.events;

/**
 * The kinds of POS events Kopilka raises from r_keeper 7: ProAlert's 22 alert kinds (numbered as in its list),
 * the order lifecycle and a few r_keeper extras. How each one is obtained, official notification or derived, is
 * in the bundle's EVENTS.md.
 */
public enum PosEventKind {
    /** The cash server (MIDSERV) started: Situation 1 without a station (official, S11). */
    CASH_SERVER_STARTED(0),
    /** A station's cash program started: Situation 1 with a station (official, S11). */
    CASH_PROGRAM_STARTED(8),
    /** A station's cash program stopped: derived at its next start, dated when it was last heard from. */
    CASH_PROGRAM_STOPPED(9),
    /** An employee registered at a station: derived from the employee's first activity in the shift. */
    CASHIER_LOGIN(17),
    /** An employee left a station: no known notification; only through a configured name or Situation. */
    CASHIER_LOGOUT(18),
    /** The common shift was closed: derived when ShiftNum changes. */
    SHIFT_CLOSED(16),
    /** A new order was created. */
    NEW_ORDER(0),
    /** An existing order was opened for editing. */
    ORDER_OPENED(0),
    /** An order was changed (Situation 3). */
    ORDER_CHANGED(0),
    /** An order was saved. */
    ORDER_SAVED(13),
    /** The waiter left an order discarding unsaved changes. */
    ORDER_QUIT_WITHOUT_SAVING(14),
    /** An order was recalculated (Situation 4, "order calculation"). */
    ORDER_RECALCULATED(0),
    /** Dishes were added and not yet saved. */
    DISH_ADDED_UNSAVED(0),
    /** Dishes added since the last save were saved. */
    DISH_ADDED_SAVED(0),
    /** An unsaved dish was deleted (the fast-food case). */
    DISH_REMOVED_UNSAVED(6),
    /** A saved dish was deleted (voided with a reason). */
    DISH_REMOVED_SAVED(7),
    /** A saved dish left its order without being voided: moved to another order. */
    DISH_MOVED_OUT(5),
    /** A dish arrived in an order from another order. */
    DISH_MOVED_IN(4),
    /** A pre-check (bill) was printed. */
    PRECHECK_PRINTED(15),
    /** A pre-check was cancelled. */
    PRECHECK_CANCELLED(1),
    /** A receipt was closed: the order was paid (Situation 5). */
    RECEIPT_CLOSED(12),
    /** A closed receipt was deleted: a paid order became unpaid. */
    RECEIPT_DELETED(3),
    /** A receipt was annulled: payments were taken off an order before it closed. */
    RECEIPT_ANNULLED(2),
    /** A discount was added to an order. */
    DISCOUNT_ADDED(20),
    /** A discount was removed from an order. */
    DISCOUNT_REMOVED(19),
    /** A loyalty system's discount (one naming a card or an interface) was added. */
    LOYALTY_DISCOUNT_ADDED(21),
    /** A loyalty system's discount was removed. */
    LOYALTY_DISCOUNT_REMOVED(22),
    /** Nothing was heard from a restaurant for longer than the threshold. */
    CONNECTION_LOST(10),
    /** A restaurant was heard from again after {@link #CONNECTION_LOST}. */
    CONNECTION_RESTORED(11),
    /** A notification whose name and Situation Kopilka does not know; kept so real traffic can be calibrated. */
    UNRECOGNIZED(0);

    private final int proAlertNumber;

    PosEventKind(int proAlertNumber) {
        this.proAlertNumber = proAlertNumber;
    }

    /** The kind's number in ProAlert's list of 22 notifications, or 0 if ProAlert has no such alert. */
    public int proAlertNumber() {
        return proAlertNumber;
    }
}
