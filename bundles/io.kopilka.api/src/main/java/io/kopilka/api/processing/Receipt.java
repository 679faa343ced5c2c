package io.kopilka.api.processing;

import java.time.Instant;
import java.util.List;

/**
 * A receipt as the POS sends it to calculate or to commit.
 *
 * @param receiptId the POS's id of the receipt, unique per terminal: a commit is booked once per terminal and id
 * @param identifier the guest's phone, card, barcode or QR token; {@code null} for a receipt without a guest
 * @param payments planned payments (calculate) or the payments made (commit)
 */
public record Receipt(String receiptId, Instant time, String cashier, List<ReceiptLine> lines,
        List<Payment> payments, String identifier, Redemption redemption) {

    public Receipt {
        lines = lines == null ? List.of() : List.copyOf(lines);
        payments = payments == null ? List.of() : List.copyOf(payments);
        redemption = redemption == null ? Redemption.NONE : redemption;
    }
}
