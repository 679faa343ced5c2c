package io.kopilka.itests.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Random receipts of the benchmark: a random seeded guest's card, 5 to 20 lines of 50.00 to 900.00, one card payment,
 * and a redemption of 10.00 on half the receipts (at random). Amounts are kept in minor units; the JSON for the
 * generic POS protocol writes them as decimals.
 */
final class Receipts {

    /** The redemption asked for on every other receipt, in minor units. */
    static final long REDEMPTION = 10_00;

    private static final String[] GROUPS = {"food", "drinks", "desserts", "bar"};

    private final SplittableRandom random;
    private final int guests;

    Receipts(long seed, int guests) {
        this.random = new SplittableRandom(seed);
        this.guests = guests;
    }

    /** One receipt: the card, the line amounts and the redemption asked for (0 for none), in minor units. */
    record Receipt(String card, long[] prices, int[] quantities, long redemption) {

        long total() {
            long total = 0;
            for (int i = 0; i < prices.length; i++) {
                total += prices[i] * quantities[i];
            }
            return total;
        }
    }

    Receipt next() {
        int lines = 5 + random.nextInt(16);
        long[] prices = new long[lines];
        int[] quantities = new int[lines];
        for (int i = 0; i < lines; i++) {
            prices[i] = 50_00 + random.nextInt(851) * 100L;
            quantities[i] = random.nextInt(4) == 0 ? 2 : 1;
        }
        return new Receipt(randomCard(), prices, quantities, random.nextBoolean() ? REDEMPTION : 0);
    }

    /** A seeded guest's card number, uniformly chosen. */
    String randomCard() {
        return Long.toString(GuestSeeder.card(1 + random.nextInt(guests)));
    }

    /** The receipt as the generic POS protocol's JSON body. */
    static String json(Receipt r, String receiptId) {
        StringBuilder b = new StringBuilder(256 + r.prices().length * 120);
        b.append("{\"receiptId\":\"").append(receiptId).append("\",\"time\":\"")
                .append(Instant.now().truncatedTo(ChronoUnit.MILLIS)).append("\",\"cashier\":\"Bench\",")
                .append("\"identifier\":\"").append(r.card()).append("\",\"lines\":[");
        for (int i = 0; i < r.prices().length; i++) {
            if (i > 0) {
                b.append(',');
            }
            long amount = r.prices()[i] * r.quantities()[i];
            b.append("{\"lineId\":\"").append(i + 1).append("\",\"sku\":\"SKU").append(r.prices()[i] / 100)
                    .append("\",\"name\":\"Item ").append(i + 1).append("\",\"groups\":[\"")
                    .append(GROUPS[(int) (r.prices()[i] / 100 % GROUPS.length)]).append("\"],\"quantity\":")
                    .append(r.quantities()[i]).append(",\"price\":").append(money(r.prices()[i]))
                    .append(",\"amount\":").append(money(amount)).append('}');
        }
        b.append("],\"payments\":[{\"method\":\"card\",\"amount\":").append(money(r.total() - r.redemption()))
                .append("}]");
        if (r.redemption() > 0) {
            b.append(",\"redemption\":{\"amount\":").append(money(r.redemption())).append('}');
        }
        return b.append('}').toString();
    }

    static String money(long minor) {
        long abs = Math.abs(minor);
        String cents = Long.toString(abs % 100);
        return (minor < 0 ? "-" : "") + abs / 100 + "." + (cents.length() == 1 ? "0" + cents : cents);
    }
}
