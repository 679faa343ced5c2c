package io.kopilka.pos.rkeeper.internal.farcards;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed TransactionsEx request: the receipt's card transactions, to be applied all or none (T1), and the receipt
 * XML when sent.
 *
 * @param transactions the records in request order; never empty
 * @param receipt the receipt from {@code INPBUF}, if any
 * @param idempotencyKey see {@link #idempotencyKey()}
 */
public record TransactionBatch(List<FarCardsTransaction> transactions, Optional<Receipt> receipt,
        String idempotencyKey) {

    /** Copies the list. */
    public TransactionBatch {
        transactions = List.copyOf(transactions);
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    /**
     * A hex SHA-256 over what identifies the batch, since the protocol has no transaction id (doc §3.5, INF):
     * {@code CHECKDATA/@checkguid}, {@code @orderguid}, {@code CHECK/@chmode}, then per record restaurant, raw
     * RKDate, POS, receipt number, card, kind and signed amount. A retry of the same batch gets the same key; a
     * cancellation differs by sign and chmode. Caveat: payment, rollback (chmode 2) and the same payment again
     * repeat the first key, so a backend must not treat a batch as a replay once a cancellation of it was applied.
     */
    @Override
    public String idempotencyKey() {
        return idempotencyKey;
    }
}
