package io.kopilka.core.internal.processing;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import io.kopilka.api.Amounts;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.processing.Payment;
import io.kopilka.api.processing.Receipt;
import io.kopilka.api.processing.ReceiptLine;
import io.kopilka.core.internal.text.Texts;

/** Checks a receipt before anything is evaluated, naming the offending field ({@code lines[2].amount}). */
final class ReceiptValidator {

    static final int MAX_LINES = 1_000;

    private ReceiptValidator() {
    }

    static void validate(Receipt r) {
        if (r == null) {
            throw new InvalidInputException(null, "a receipt is required");
        }
        Texts.required(r.receiptId(), "receiptId", 64);
        if (r.time() == null) {
            throw new InvalidInputException("time", "is required");
        }
        Texts.optional(r.cashier(), "cashier", 200);
        Texts.optional(r.identifier(), "identifier", 200);
        if (r.lines().isEmpty() || r.lines().size() > MAX_LINES) {
            throw new InvalidInputException("lines", "a receipt has 1 to " + MAX_LINES + " lines");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < r.lines().size(); i++) {
            line(r.lines().get(i), "lines[" + i + "]", ids);
        }
        for (int i = 0; i < r.payments().size(); i++) {
            Payment p = r.payments().get(i);
            Texts.required(p == null ? null : p.method(), "payments[" + i + "].method", 64);
            amount(p.amount(), "payments[" + i + "].amount");
        }
        if (!r.redemption().maximum()) {
            amount(r.redemption().amount(), "redemption.amount");
        }
    }

    private static void line(ReceiptLine l, String at, Set<String> ids) {
        if (l == null) {
            throw new InvalidInputException(at, "must not be null");
        }
        String id = Texts.required(l.lineId(), at + ".lineId", 64);
        if (!ids.add(id)) {
            throw new InvalidInputException(at + ".lineId", "line id " + id + " is used twice");
        }
        Texts.optional(l.sku(), at + ".sku", 128);
        Texts.optional(l.name(), at + ".name", 300);
        if (l.quantity() == null || l.quantity().signum() <= 0 || l.quantity().compareTo(BigDecimal.valueOf(1_000_000)) > 0
                || l.quantity().stripTrailingZeros().scale() > 3) {
            throw new InvalidInputException(at + ".quantity", "must be more than 0, with at most 3 fractional digits");
        }
        amount(l.price(), at + ".price");
        amount(l.amount(), at + ".amount");
        if (l.groups().size() > 20 || String.join(",", l.groups()).length() > 1000) {
            throw new InvalidInputException(at + ".groups", "too many groups");
        }
    }

    private static void amount(long minor, String field) {
        if (minor < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
        if (minor > Amounts.MAX_MINOR) {
            throw new InvalidInputException(field, "is too large");
        }
    }
}
