package io.kopilka.core.internal.processing;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits an amount over lines in proportion to their weights, to the kopeck. Each line first gets its share rounded
 * down; the kopecks left over go to the line with the largest weight (the first such line on ties), and if it has no
 * room left, to the next largest. No line ever gets more than its weight, so the total must not exceed their sum.
 */
public final class Allocation {

    private Allocation() {
    }

    public static long[] proportional(long total, long[] weights) {
        long[] shares = new long[weights.length];
        long sum = Arrays.stream(weights).sum();
        if (total <= 0 || sum <= 0) {
            return shares;
        }
        if (total > sum) {
            throw new IllegalArgumentException("Cannot spread " + total + " over " + sum);
        }
        BigInteger t = BigInteger.valueOf(total);
        BigInteger s = BigInteger.valueOf(sum);
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            shares[i] = t.multiply(BigInteger.valueOf(weights[i])).divide(s).longValueExact();
            given += shares[i];
        }
        long left = total - given;
        Integer[] byWeight = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> -weights[i]).thenComparingInt(i -> i))
                .toArray(Integer[]::new);
        for (int k = 0; left > 0 && k < byWeight.length; k++) {
            int i = byWeight[k];
            long room = weights[i] - shares[i];
            long add = Math.min(room, left);
            shares[i] += add;
            left -= add;
        }
        return shares;
    }
}
