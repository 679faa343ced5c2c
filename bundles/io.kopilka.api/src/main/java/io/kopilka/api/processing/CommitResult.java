package io.kopilka.api.processing;

/**
 * A booked receipt.
 *
 * @param receiptKey Kopilka's id of the stored receipt
 * @param redemptionEntryId the ledger entry of the points paid; {@code null} if none
 * @param accrualEntryIds the ledger entries of the points accrued (one per lot)
 * @param replayed {@code true} when this receipt had been committed before and this is the first result again
 */
public record CommitResult(long receiptKey, String receiptId, Calculation calculation, Long redemptionEntryId,
        java.util.List<Long> accrualEntryIds, boolean replayed) {

    public CommitResult {
        accrualEntryIds = java.util.List.copyOf(accrualEntryIds);
    }
}
