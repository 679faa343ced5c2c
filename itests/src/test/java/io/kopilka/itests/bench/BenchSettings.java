package io.kopilka.itests.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What a benchmark run does, from system properties: {@code bench.guests} (default 1,000,000),
 * {@code bench.warmup} and {@code bench.duration} (seconds per measured phase, default 5 and 20),
 * {@code bench.jitWarmup} (seconds of unmeasured load before the first phase of Kopilka and of JDBC, default 180:
 * on two cores C2 is still compiling Kopilka's code three minutes into a run),
 * {@code bench.threads} (default {@code 1,2,4,8}), {@code bench.lookupThreads} (default 8),
 * {@code bench.ledgerCheck} ({@code true}, {@code false} or {@code auto}: run {@code /ledger/check} after the Kopilka
 * phases; {@code auto}, the default, only up to {@value #LEDGER_CHECK_AUTO_MAX} guests, because the check slows down
 * quadratically with the number of accounts), {@code bench.seed} (random seed), {@code bench.report} (where the
 * Markdown report goes), {@code bench.ceiling} (measure the plain-JDBC ceiling too, default {@code true}) and
 * {@code bench.reuseSeed} (start from the database an earlier run seeded with the same guests, seed and schema, kept
 * under {@code target/benchmark-seeds}; default {@code true}).
 */
record BenchSettings(int guests, Duration warmup, Duration duration, Duration jitWarmup, List<Integer> threads,
        int lookupThreads, boolean ledgerCheck, long seed, Path report, Path workDir, Path distribution,
        boolean ceiling, boolean reuseSeed) {

    static final int LEDGER_CHECK_AUTO_MAX = 50_000;

    static BenchSettings fromSystemProperties() {
        List<Integer> threads = Arrays.stream(System.getProperty("bench.threads", "1,2,4,8").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        int guests = Integer.getInteger("bench.guests", 1_000_000);
        String check = System.getProperty("bench.ledgerCheck", "auto").strip();
        return new BenchSettings(
                guests,
                seconds("bench.warmup", "5"),
                seconds("bench.duration", "20"),
                seconds("bench.jitWarmup", "180"),
                threads,
                Integer.getInteger("bench.lookupThreads", 8),
                check.equals("auto") || check.isEmpty() ? guests <= LEDGER_CHECK_AUTO_MAX : Boolean.parseBoolean(check),
                Long.getLong("bench.seed", 20261123L),
                Path.of(System.getProperty("bench.report", "target/benchmark-report.md")).toAbsolutePath(),
                Path.of(System.getProperty("bench.workDir", "target/benchmark")).toAbsolutePath(),
                Path.of(System.getProperty("kopilka.distribution",
                        "../distribution/target/kopilka-distribution-0.1.0-SNAPSHOT.tar.gz")).toAbsolutePath(),
                Boolean.parseBoolean(System.getProperty("bench.ceiling", "true").strip()),
                Boolean.parseBoolean(System.getProperty("bench.reuseSeed", "true").strip()));
    }

    private static Duration seconds(String property, String fallback) {
        String value = System.getProperty(property, fallback).strip();
        return Duration.ofMillis((long) (Double.parseDouble(value.isEmpty() ? fallback : value) * 1000));
    }

    /** Where seeded databases are kept for later runs (next to the work folder, which each run empties). */
    Path seedCache() {
        return workDir.resolveSibling("benchmark-seeds");
    }

    int maxThreads() {
        return threads.stream().mapToInt(Integer::intValue).max().orElse(1);
    }
}
