package io.kopilka.api.processing;

/**
 * The outcome of a refund or a cancel. Amounts are minor units.
 *
 * @param refunded the money amount (after discounts) returned by this refund
 * @param pointsReturned redeemed points given back to the guest, to the lots they came from
 * @param pointsClawedBack accrued points taken back
 * @param clawbackShortfall accrued points that could not be taken back because the guest had spent them already
 */
public record RefundResult(String refundId, String receiptId, long refunded, long pointsReturned,
        long pointsClawedBack, long clawbackShortfall, boolean replayed) {
}
