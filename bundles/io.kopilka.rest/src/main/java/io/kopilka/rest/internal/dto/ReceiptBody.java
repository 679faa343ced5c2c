package io.kopilka.rest.internal.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kopilka.api.Amounts;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.processing.Payment;
import io.kopilka.api.processing.Receipt;
import io.kopilka.api.processing.ReceiptLine;
import io.kopilka.api.processing.Redemption;

/** A receipt as the generic POS protocol sends it: amounts in decimals, at most 2 fractional digits. */
public record ReceiptBody(String receiptId, Instant time, String cashier, List<LineBody> lines,
        List<PaymentBody> payments, String identifier, RedemptionBody redemption) {

    /** A receipt line. */
    public record LineBody(String lineId, String sku, String name, List<String> groups, BigDecimal quantity,
            BigDecimal price, BigDecimal amount) {
    }

    /** A planned or made payment. */
    public record PaymentBody(String method, BigDecimal amount) {
    }

    /** Points to pay with: an amount, or {@code "maximum": true}. */
    public record RedemptionBody(BigDecimal amount, Boolean maximum) {
    }

    public Receipt toReceipt() {
        List<ReceiptLine> converted = new ArrayList<>();
        if (lines != null) {
            for (int i = 0; i < lines.size(); i++) {
                LineBody l = lines.get(i);
                String at = "lines[" + i + "]";
                if (l == null) {
                    throw new InvalidInputException(at, "must not be null");
                }
                converted.add(new ReceiptLine(l.lineId(), l.sku(), l.name(), l.groups(),
                        l.quantity() == null ? BigDecimal.ONE : l.quantity(),
                        Amounts.toMinor(l.price(), at + ".price"),
                        Amounts.toMinor(l.amount(), at + ".amount")));
            }
        }
        List<Payment> pays = new ArrayList<>();
        if (payments != null) {
            for (int i = 0; i < payments.size(); i++) {
                PaymentBody p = payments.get(i);
                if (p == null) {
                    throw new InvalidInputException("payments[" + i + "]", "must not be null");
                }
                pays.add(new Payment(p.method(), Amounts.toMinor(p.amount(), "payments[" + i + "].amount")));
            }
        }
        return new Receipt(receiptId, time, cashier, converted, pays, identifier,
                toRedemption());
    }

    private Redemption toRedemption() {
        if (redemption == null) {
            return Redemption.NONE;
        }
        if (Boolean.TRUE.equals(redemption.maximum())) {
            return Redemption.MAXIMUM;
        }
        return redemption.amount() == null ? Redemption.NONE
                : Redemption.of(Amounts.toMinor(redemption.amount(), "redemption.amount"));
    }
}
