package io.kopilka.pos.rkeeper.internal.events;

/** How a notification changes an order's saved state. */
enum OrderMode {
    /** An edit in progress: changes are unsaved. */
    EDIT,
    /** The order was saved. */
    SAVE,
    /** The waiter left the order; unsaved changes are discarded. */
    QUIT,
    /** The receipt was closed: the order is paid, and saved. */
    CLOSE;

    static OrderMode of(PosEventKind primary) {
        if (primary == PosEventKind.ORDER_SAVED) {
            return SAVE;
        }
        if (primary == PosEventKind.ORDER_QUIT_WITHOUT_SAVING) {
            return QUIT;
        }
        return primary == PosEventKind.RECEIPT_CLOSED ? CLOSE : EDIT;
    }

    boolean saves() {
        return this == SAVE || this == CLOSE;
    }
}
