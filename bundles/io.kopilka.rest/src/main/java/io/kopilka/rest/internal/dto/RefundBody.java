package io.kopilka.rest.internal.dto;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.kopilka.api.Amounts;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.processing.RefundRequest;
import io.kopilka.api.processing.RefundResult;

/** A refund: the whole receipt (no lines, no amount), some lines, or an amount. */
public record RefundBody(String refundId, String receiptId, List<LineBody> lines, BigDecimal amount) {

    /** Part of a line returned. */
    public record LineBody(String lineId, BigDecimal amount) {
    }

    /** The refund's outcome in decimals. */
    public record RefundView(String refundId, String receiptId, BigDecimal refunded, BigDecimal pointsReturned,
            BigDecimal pointsClawedBack, BigDecimal clawbackShortfall, boolean replayed) {

        public static RefundView of(RefundResult r) {
            return new RefundView(r.refundId(), r.receiptId(), Amounts.toDecimal(r.refunded()),
                    Amounts.toDecimal(r.pointsReturned()), Amounts.toDecimal(r.pointsClawedBack()),
                    Amounts.toDecimal(r.clawbackShortfall()), r.replayed());
        }
    }

    public RefundRequest toRequest() {
        List<RefundRequest.RefundLine> converted = new ArrayList<>();
        if (lines != null) {
            for (int i = 0; i < lines.size(); i++) {
                LineBody l = lines.get(i);
                if (l == null) {
                    throw new InvalidInputException("lines[" + i + "]", "must not be null");
                }
                converted.add(new RefundRequest.RefundLine(l.lineId(),
                        Amounts.toMinorPositive(l.amount(), "lines[" + i + "].amount")));
            }
        }
        return new RefundRequest(refundId, receiptId, converted,
                amount == null ? null : Amounts.toMinorPositive(amount, "amount"));
    }
}
