package io.kopilka.pos.rkeeper.internal.kopilka;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kopilka.api.processing.Payment;
import io.kopilka.api.processing.Receipt;
import io.kopilka.api.processing.ReceiptLine;
import io.kopilka.api.processing.Redemption;
import io.kopilka.pos.rkeeper.internal.farcards.CheckData;

/** Turns r_keeper's receipt XML (as parsed) into a Kopilka receipt: dishes become lines, money stays in kopecks. */
final class ReceiptMapping {

    private ReceiptMapping() {
    }

    /** The receipt's id for Kopilka: r_keeper's check GUID, else its order GUID and check number. */
    static String receiptId(CheckData data) {
        if (!data.checkGuid().isBlank()) {
            return data.checkGuid();
        }
        return (data.orderGuid().isBlank() ? "order" : data.orderGuid()) + "/" + data.checkNum();
    }

    static Receipt toReceipt(CheckData data, String card, long redemption, Instant time) {
        List<ReceiptLine> lines = new ArrayList<>();
        int n = 0;
        for (CheckData.Line l : data.lines()) {
            n++;
            String id = !l.uni().isBlank() ? l.uni() : !l.id().isBlank() ? l.id() : String.valueOf(n);
            BigDecimal qty = l.quantity() == null || l.quantity().signum() <= 0 ? BigDecimal.ONE : l.quantity();
            lines.add(new ReceiptLine(id, l.code(), l.name(), l.type().isBlank() ? List.of() : List.of(l.type()),
                    qty, Math.max(0, l.priceKopecks()), Math.max(0, l.sumKopecks())));
        }
        if (lines.isEmpty()) {
            lines.add(new ReceiptLine("1", null, "receipt", List.of(), BigDecimal.ONE, 0, 0));
        }
        List<Payment> payments = data.payments().stream()
                .map(p -> new Payment(p.name().isBlank() ? p.code() : p.name(), Math.max(0, p.sumKopecks())))
                .filter(p -> p.method() != null && !p.method().isBlank()).toList();
        String cashier = data.personWithRole("cashier").or(() -> data.personWithRole("waiter"))
                .map(CheckData.Person::name).orElse(null);
        return new Receipt(receiptId(data), time, cashier, lines, payments, card,
                redemption > 0 ? Redemption.of(redemption) : Redemption.NONE);
    }
}
