package io.kopilka.mechanic.bonus.internal;

import io.kopilka.api.Amounts;
import io.kopilka.api.mechanic.Parameters;

/**
 * Fixed points added after rounding: on every n-th purchase of a guest, and on a receipt whose total base reaches a
 * threshold. Amounts are hundredths of a point and minor units; {@code 0} turns a trigger off.
 */
record Triggers(long everyNth, long everyNthPoints, long receiptOver, long receiptOverPoints) {

    static Triggers from(Parameters parameters) {
        long nth = parameters.integer(BonusSchema.EVERY_NTH).orElse(0L);
        long nthPoints = points(parameters, BonusSchema.EVERY_NTH_POINTS);
        boolean over = parameters.has(BonusSchema.RECEIPT_OVER);
        long overAmount = over ? points(parameters, BonusSchema.RECEIPT_OVER) : 0;
        long overPoints = over ? points(parameters, BonusSchema.RECEIPT_OVER_POINTS) : 0;
        return new Triggers(nth, nthPoints, overAmount, overPoints);
    }

    /** The n-th purchase points, if the purchase after {@code purchasesBefore} earlier ones is an n-th one. */
    long nthPoints(long purchasesBefore) {
        if (everyNth <= 0 || everyNthPoints <= 0) {
            return 0;
        }
        return (purchasesBefore + 1) % everyNth == 0 ? everyNthPoints : 0;
    }

    /** The receipt-over points, if {@code totalBase} reaches the threshold. */
    long overPoints(long totalBase) {
        return receiptOverPoints > 0 && totalBase >= receiptOver ? receiptOverPoints : 0;
    }

    private static long points(Parameters parameters, String name) {
        return parameters.decimal(name).map(value -> Amounts.toMinor(value, name)).orElse(0L);
    }
}
