package io.kopilka.core.internal.processing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class AllocationTest {

    @Test
    void splitsInProportionAndGivesTheRemainderToTheLargestLine() {
        // 100.00 over 3 equal lines: 33.33 each, the 0.01 left goes to the first of the largest
        assertArrayEquals(new long[] {3334, 3333, 3333}, Allocation.proportional(10_000, new long[] {5_000, 5_000, 5_000}));
        // 1.00 over 1.00 and 2.00: 0.33 and 0.66, the 0.01 left to the larger line
        assertArrayEquals(new long[] {33, 67}, Allocation.proportional(100, new long[] {100, 200}));
        assertArrayEquals(new long[] {0, 0}, Allocation.proportional(0, new long[] {100, 200}));
        assertArrayEquals(new long[] {100, 200}, Allocation.proportional(300, new long[] {100, 200}));
        assertThrows(IllegalArgumentException.class, () -> Allocation.proportional(301, new long[] {100, 200}));
    }

    @Test
    void neverGivesALineMoreThanItsWeightAndAlwaysAddsUp() {
        Random random = new Random(7);
        for (int run = 0; run < 2_000; run++) {
            long[] weights = random.longs(1 + random.nextInt(8), 0, 100_000).toArray();
            long sum = Arrays.stream(weights).sum();
            long total = sum == 0 ? 0 : random.nextLong(sum + 1);
            long[] shares = Allocation.proportional(total, weights);
            assertEquals(total, Arrays.stream(shares).sum());
            for (int i = 0; i < weights.length; i++) {
                assertEquals(true, shares[i] >= 0 && shares[i] <= weights[i]);
            }
        }
    }
}
