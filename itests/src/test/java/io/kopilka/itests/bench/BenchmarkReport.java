package io.kopilka.itests.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Markdown report of a run: Kopilka's calculate+commit pairs against the plain-JDBC transaction per thread count,
 * card lookups against the plain JDBC read, the seeding time, and the targets marked met or not met. Timings are
 * reported, never asserted.
 */
final class BenchmarkReport {

    static final double TARGET_RATIO = 0.5;
    static final double TARGET_P99_MS = 15;
    static final double TARGET_LOOKUPS = 10_000;
    static final int TARGET_TERMINALS = 8;

    private final List<String> header = new ArrayList<>();
    private final Map<Integer, LoadRunner.Result> kopilka = new TreeMap<>();
    private final Map<Integer, LoadRunner.Result> jdbc = new TreeMap<>();
    private final Map<Integer, LoadRunner.Result> jdbcReads = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private LoadRunner.Result lookup;

    void header(String line) {
        header.add(line);
    }

    void note(String line) {
        notes.add(line);
    }

    void kopilka(LoadRunner.Result r) {
        kopilka.put(r.threads(), r);
    }

    void jdbc(LoadRunner.Result r) {
        jdbc.put(r.threads(), r);
    }

    void jdbcRead(LoadRunner.Result r) {
        jdbcReads.put(r.threads(), r);
    }

    void lookup(LoadRunner.Result r) {
        lookup = r;
    }

    String render() {
        StringBuilder b = new StringBuilder("# Kopilka receipt-processing benchmark\n\n");
        header.forEach(h -> b.append("- ").append(h).append('\n'));
        b.append("\n## Receipts: Kopilka calculate+commit pair vs the plain-JDBC transaction\n\n")
                .append("One thread per terminal, its own token, random guests, 5-20 lines, a 10.00 redemption on ")
                .append("half the receipts. Latency of the whole pair (two HTTP calls), of the whole transaction ")
                .append("for JDBC. The ratio compares pairs/s with transactions/s.\n\n")
                .append("| threads | Kopilka pairs/s | p50 ms | p99 ms | errors | JDBC tx/s | p50 ms | p99 ms "
                        + "| errors | Kopilka/JDBC |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        java.util.TreeSet<Integer> counts = new java.util.TreeSet<>(kopilka.keySet());
        counts.addAll(jdbc.keySet());
        for (int t : counts) {
            LoadRunner.Result k = kopilka.get(t);
            LoadRunner.Result j = jdbc.get(t);
            b.append("| ").append(t).append(" | ").append(cells(k)).append(" | ").append(cells(j)).append(" | ")
                    .append(ratio(k, j)).append(" |\n");
        }
        b.append("\n## Card lookup vs the plain JDBC read (guest + balance by card)\n\n")
                .append("| test | threads | req/s | p50 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|\n");
        if (lookup != null) {
            b.append("| Kopilka GET /guests/lookup | ").append(lookup.threads()).append(" | ").append(cells(lookup))
                    .append(" |\n");
        }
        for (LoadRunner.Result r : jdbcReads.values()) {
            b.append("| JDBC read | ").append(r.threads()).append(" | ").append(cells(r)).append(" |\n");
        }
        if (lookup != null && jdbcReads.containsKey(lookup.threads())) {
            b.append("\nKopilka lookup / JDBC read at ").append(lookup.threads()).append(" threads: ")
                    .append(ratio(lookup, jdbcReads.get(lookup.threads()))).append('\n');
        }
        cpu(b);
        b.append("\n## Targets\n\n");
        targets(b);
        if (!notes.isEmpty()) {
            b.append("\n## Notes\n\n");
            notes.forEach(n -> b.append("- ").append(n).append('\n'));
        }
        return b.toString();
    }

    /** CPU per operation in each measured phase (Linux only), which moves far less with other load than ops/s. */
    private void cpu(StringBuilder b) {
        List<LoadRunner.Result> all = new ArrayList<>(kopilka.values());
        if (lookup != null) {
            all.add(lookup);
        }
        all.addAll(jdbc.values());
        all.addAll(jdbcReads.values());
        all.removeIf(r -> r.cpu() == null);
        if (all.isEmpty()) {
            return;
        }
        b.append("\n## CPU per operation\n\n")
                .append("CPU milliseconds per operation during the measured window, from /proc: the Kopilka JVM ")
                .append("(server), the benchmark JVM (client: HTTP client threads, or the whole JDBC transaction ")
                .append("with embedded Derby), and everything else on the machine; and how busy the machine was. ")
                .append("A pair is two HTTP calls.\n\n")
                .append("| phase | threads | server ms/op | client ms/op | other ms/op | machine busy |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        int cores = Runtime.getRuntime().availableProcessors();
        for (LoadRunner.Result r : all) {
            CpuMeter.Used u = r.cpu();
            b.append("| ").append(r.name()).append(" | ").append(r.threads()).append(" | ")
                    .append(fmt(r.cpuMillisPerOp(u.server()))).append(" | ")
                    .append(fmt(r.cpuMillisPerOp(u.client()))).append(" | ")
                    .append(fmt(r.cpuMillisPerOp(u.other()))).append(" | ")
                    .append(pct(u.machine() / (r.seconds() * cores))).append(" |\n");
        }
    }

    private void targets(StringBuilder b) {
        LoadRunner.Result k = kopilka.get(TARGET_TERMINALS);
        LoadRunner.Result j = jdbc.get(TARGET_TERMINALS);
        if (k != null && j != null && j.opsPerSecond() > 0) {
            double ratio = k.opsPerSecond() / j.opsPerSecond();
            b.append(line("Kopilka >= 50% of the JDBC ceiling at 8 terminals", pct(ratio), ratio >= TARGET_RATIO));
            b.append(line("p99 of calculate+commit <= 15 ms at 8 terminals", fmt(k.p99()) + " ms",
                    k.p99() <= TARGET_P99_MS));
        } else {
            b.append("- Kopilka vs JDBC at 8 terminals: not measured in this run\n");
        }
        if (lookup != null) {
            b.append(line("Card lookup >= 10,000 req/s", String.format(Locale.ROOT, "%,.0f req/s",
                    lookup.opsPerSecond()), lookup.opsPerSecond() >= TARGET_LOOKUPS));
        }
    }

    private static String line(String target, String measured, boolean met) {
        return "- " + target + ": " + measured + " — **" + (met ? "met" : "NOT met") + "**\n";
    }

    private static String cells(LoadRunner.Result r) {
        if (r == null) {
            return "- | - | - | -";
        }
        return String.format(Locale.ROOT, "%,.0f | %s | %s | %d", r.opsPerSecond(), fmt(r.p50()), fmt(r.p99()),
                r.errors());
    }

    private static String ratio(LoadRunner.Result k, LoadRunner.Result j) {
        return k == null || j == null || j.opsPerSecond() == 0 ? "-" : pct(k.opsPerSecond() / j.opsPerSecond());
    }

    private static String pct(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    static String fmt(double millis) {
        return Double.isNaN(millis) ? "-" : String.format(Locale.ROOT, millis < 1 ? "%.3f" : "%.2f", millis);
    }
}
