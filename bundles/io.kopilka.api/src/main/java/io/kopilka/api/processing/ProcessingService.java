package io.kopilka.api.processing;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Receipt processing. {@code calculate} has no side effects; {@code commit} books a receipt once per terminal and
 * receipt id (a replay returns the first result, a different receipt under the same id is a conflict), in one
 * transaction with its ledger entries; {@code refund} and {@code cancel} reverse what a receipt booked.
 */
@ProviderType
public interface ProcessingService {

    Calculation calculate(PosContext pos, Receipt receipt);

    CommitResult commit(PosContext pos, Receipt receipt);

    RefundResult refund(PosContext pos, RefundRequest refund);

    /** Cancels (storno) a committed receipt: everything it booked is reversed; a second cancel replays. */
    RefundResult cancel(PosContext pos, String receiptId, String reason);
}
