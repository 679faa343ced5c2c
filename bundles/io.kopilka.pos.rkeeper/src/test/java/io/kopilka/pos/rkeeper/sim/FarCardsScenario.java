package io.kopilka.pos.rkeeper.sim;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.kopilka.pos.rkeeper.sim.FarCardsRequests.Transaction;

/**
 * A FarCards conversation about one receipt, for card 8002 at restaurant 9999 (FarCards' short code) / 199990093
 * (r_keeper's), POS 2: a balance lookup with the official "short" receipt, a lookup in order mode with the full
 * receipt, the payment batch (guest spend, loyalty discount, bonus payment off the card, bonus accrual), the same
 * batch again as a retry after a timeout, and the refund batch (chmode 3) with every sign reversed.
 */
public final class FarCardsScenario {

    /** One request: which function, and the body. */
    public record Request(String function, String body) {
    }

    public static final long CARD = 8002;
    public static final int RESTAURANT = 9999;
    public static final int UNIT = 2;
    /** Борщ 298.00 + 2 × Цезарь 450.00 = 1 198.00; 10 % card discount −119.80; total 1 078.20. */
    public static final long TOTAL = 107_820;
    /** Paid 200.00 in bonuses from the card and 878.20 by the guest; 5 % of that accrued. */
    public static final long FROM_CARD = 20_000;
    public static final long GUEST = 87_820;
    public static final long ACCRUED = 4_391;
    public static final long DISCOUNT = 11_980;

    private static final LocalDate BUSINESS_DAY = LocalDate.of(2026, 11, 23);
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 23, 13, 5, 12);

    private FarCardsScenario() {
    }

    public static List<Request> requests() {
        String payment = FarCardsRequests.transactionsEx(paymentBatch(), receipt(1));
        String refund = FarCardsRequests.transactionsEx(paymentBatch().stream().map(Transaction::reversed).toList(),
                receipt(3));
        return List.of(
                new Request("GetCardInfoEx", FarCardsRequests.getCardInfoEx(CARD, RESTAURANT, UNIT, shortReceipt())),
                new Request("GetCardInfoEx", FarCardsRequests.getCardInfoEx(CARD, RESTAURANT, UNIT, receipt(5))),
                new Request("TransactionsEx", payment),
                new Request("TransactionsEx", payment),
                new Request("TransactionsEx", refund));
    }

    /** The payment batch, with T1's signs: guest spend +, discount −, payment from the card −, bonus +. */
    public static List<Transaction> paymentBatch() {
        return List.of(tx(FarCardsRequests.GUEST_SPEND, GUEST), tx(FarCardsRequests.DISCOUNT, -DISCOUNT),
                tx(FarCardsRequests.PAYMENT, -FROM_CARD), tx(FarCardsRequests.BONUS, ACCRUED));
    }

    /** The "short" receipt of the official example: header and card, no CHECKDATA (a balance check). */
    public static CheckXml shortReceipt() {
        return CheckXml.receipt("199990093", UNIT, "MM_MID", AT).chmode(0).card(Long.toString(CARD));
    }

    /** The full receipt in the given mode (1 payment, 3 return, 5 order). */
    public static CheckXml receipt(int chmode) {
        CheckXml check = CheckXml.receipt("199990093", UNIT, "MM_MID", AT).chmode(chmode).card(Long.toString(CARD))
                .order("256", "{A1000000-0000-4000-8000-000000000256}", chmode == 5 ? "" : "1045",
                        "{D4000000-0000-4000-8000-000000001045}", "5", 2, AT.minusMinutes(55))
                .person("1000634", "Иванова", "waiter", "7764")
                .line("1002714", 1, "Борщ", "2714", 1000, 29_800, 26_820)
                .line("1003105", 2, "Цезарь", "3105", 2000, 45_000, 81_000)
                .discount("20012", 10, "12", "Карта гостя 10%", -DISCOUNT, Long.toString(CARD), "1");
        if (chmode != 5) {
            check.payment(20, "1", "Наличные", GUEST, 1).payment(21, "77", "Бонусы", FROM_CARD, 3);
        }
        return check;
    }

    private static Transaction tx(int kind, long summa) {
        return new Transaction(CARD, 5_001, 8_002, kind, summa, RESTAURANT, BUSINESS_DAY, UNIT, 1045,
                kind == FarCardsRequests.GUEST_SPEND ? summa : 0, kind == FarCardsRequests.GUEST_SPEND ? 2000 : 0);
    }
}
