package io.kopilka.itests.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Latencies in nanoseconds, recorded by one thread into a growing {@code long[]}; merged and sorted afterwards for
 * percentiles. Recording is an array store, so it costs the measured loop next to nothing.
 */
final class Latencies {

    private long[] values = new long[1 << 14];
    private int size;

    void record(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = nanos;
    }

    int size() {
        return size;
    }

    /** All recorded values of several recorders, sorted ascending. */
    static long[] mergeSorted(List<Latencies> all) {
        int total = all.stream().mapToInt(Latencies::size).sum();
        long[] merged = new long[total];
        int at = 0;
        for (Latencies l : all) {
            System.arraycopy(l.values, 0, merged, at, l.size);
            at += l.size;
        }
        Arrays.sort(merged);
        return merged;
    }

    /** The value below which a fraction {@code q} of the sorted values lie (nearest rank), in milliseconds. */
    static double percentileMillis(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
    }
}
