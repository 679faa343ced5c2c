package io.kopilka.api.processing;

import java.util.List;

/**
 * A return of goods: the whole receipt (no lines, no amount), some lines, or an amount.
 *
 * @param refundId the POS's id of the refund: the same id again returns the first result
 * @param lines the lines returned, each with the amount of it returned (minor units, at most the line's net amount)
 * @param amount an amount returned, spread over the receipt in proportion; {@code null} when lines are given
 */
public record RefundRequest(String refundId, String receiptId, List<RefundLine> lines, Long amount) {

    public RefundRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Part or all of one line returned. */
    public record RefundLine(String lineId, long amount) {
    }
}
