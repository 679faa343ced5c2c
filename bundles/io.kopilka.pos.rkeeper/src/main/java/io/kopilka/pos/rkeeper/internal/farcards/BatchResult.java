package io.kopilka.pos.rkeeper.internal.farcards;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The backend's answer to a TransactionsEx batch: one outcome per transaction, in batch order. If every outcome is
 * {@link TransactionOutcome.Accepted} the batch was applied and is answered {@code Result="0"}; if any is
 * {@link TransactionOutcome.Refused} nothing may have been applied and it is answered {@code Result="1"}.
 *
 * @param outcomes one per transaction of the batch, same order
 * @param note shown to the cashier as a warning, not an error (TRRESPONSE {@code err_text} without
 *        {@code error_code}, T2); empty for none
 * @param printDocument a document to print, if any
 */
public record BatchResult(List<TransactionOutcome> outcomes, String note, Optional<PrintDocument> printDocument) {

    /** Copies the list. */
    public BatchResult {
        outcomes = List.copyOf(outcomes);
        note = Texts.orEmpty(note);
        Objects.requireNonNull(printDocument, "printDocument");
    }

    /** Every transaction accepted, nothing to report. */
    public static BatchResult allAccepted(int count) {
        return new BatchResult(Collections.nCopies(count, TransactionOutcome.accepted()), "",
                Optional.empty());
    }

    /** These outcomes, no note or document. */
    public static BatchResult of(List<? extends TransactionOutcome> outcomes) {
        return new BatchResult(List.copyOf(outcomes), "", Optional.empty());
    }

    /** The first refusal, if any. */
    public Optional<TransactionOutcome.Refused> firstRefusal() {
        return outcomes.stream().filter(TransactionOutcome.Refused.class::isInstance)
                .map(TransactionOutcome.Refused.class::cast).findFirst();
    }
}
