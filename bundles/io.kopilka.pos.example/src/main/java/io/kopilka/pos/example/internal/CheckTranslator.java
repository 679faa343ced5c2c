package io.kopilka.pos.example.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kopilka.api.Amounts;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.processing.Calculation;
import io.kopilka.api.processing.Receipt;
import io.kopilka.api.processing.ReceiptLine;
import io.kopilka.api.processing.Redemption;

/**
 * Translates between the example vendor's check and Kopilka's receipt. Money crosses as exact decimals; a bad value
 * is refused with the vendor's field name, so the till can show what is wrong.
 */
final class CheckTranslator {

    private CheckTranslator() {
    }

    static Receipt toReceipt(ExampleCheck check, Instant now) {
        if (check.items() == null || check.items().isEmpty()) {
            throw new InvalidInputException("items", "a check needs at least one item");
        }
        List<ReceiptLine> lines = new ArrayList<>();
        for (int i = 0; i < check.items().size(); i++) {
            ExampleCheck.Item item = check.items().get(i);
            String at = "items[" + i + "]";
            if (item == null) {
                throw new InvalidInputException(at, "must not be null");
            }
            BigDecimal qty = item.qty() == null ? BigDecimal.ONE : item.qty();
            long sum = Amounts.toMinor(item.sum(), at + ".sum");
            lines.add(new ReceiptLine(String.valueOf(i + 1), item.code(), item.name(),
                    item.group() == null ? List.of() : List.of(item.group()), qty,
                    qty.signum() > 0 ? BigDecimal.valueOf(sum).divide(qty, 0, java.math.RoundingMode.DOWN)
                            .longValueExact() : sum, sum));
        }
        Redemption redemption = check.payWithPoints() == null ? Redemption.NONE
                : Redemption.of(Amounts.toMinor(check.payWithPoints(), "payWithPoints"));
        return new Receipt(check.checkId(), now, check.cashier(), lines, List.of(), check.card(), redemption);
    }

    /** The answer in the vendor's terms: what to take off the check and what to print. */
    static Map<String, Object> toAnswer(Calculation c) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("discount", Amounts.toDecimal(c.discount()));
        answer.put("paidWithPoints", Amounts.toDecimal(c.redemption()));
        answer.put("toPay", Amounts.toDecimal(c.toPay()));
        answer.put("bonus", Amounts.toDecimal(c.accrual()));
        answer.put("screen", c.cashierText());
        answer.put("slip", c.slipText());
        return answer;
    }
}
