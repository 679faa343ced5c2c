package io.kopilka.pos.rkeeper.internal.events;

import java.util.Optional;

/**
 * A second source for some event kinds: the {@code chmode} of the receipt XML FarCards sends (T5, a third-party model
 * whose comments look copied from the official tables). It only covers receipts FarCards sees (a card on the order,
 * or r_keeper's "all checks/pre-checks in FarCards" mode), and only TransactionsEx calls should be counted, since
 * GetCardInfoEx is also sent "before" each operation.
 */
public final class FarCardsChmode {

    private FarCardsChmode() {
    }

    /**
     * The kind a TransactionsEx call with this {@code chmode} reports: 1 payment → receipt closed, 2 rollback of a
     * payment → receipt annulled, 3 return → receipt deleted, 6 pre-check → printed, 12 pre-check cancelled.
     */
    public static Optional<PosEventKind> kindFor(int chmode) {
        return Optional.ofNullable(switch (chmode) {
            case 1 -> PosEventKind.RECEIPT_CLOSED;
            case 2 -> PosEventKind.RECEIPT_ANNULLED;
            case 3 -> PosEventKind.RECEIPT_DELETED;
            case 6 -> PosEventKind.PRECHECK_PRINTED;
            case 12 -> PosEventKind.PRECHECK_CANCELLED;
            default -> null;
        });
    }
}
