package io.kopilka.itests.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import io.kopilka.core.internal.db.SchemaMigrator;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.After;
import org.junit.Test;

/**
 * The on-demand receipt-processing benchmark ({@code mvn -pl itests verify -Pbenchmark}; see itests/BENCHMARK.md):
 * seeds a database of {@code bench.guests} guests offline, copies it for the JDBC ceiling, runs Kopilka on it and
 * measures calculate+commit pairs at 1, 2, 4 and 8 terminals and card lookups, then stops Kopilka and measures the
 * plain-JDBC transaction and read on the copy, and writes the report. It asserts nothing about timings.
 */
public class ReceiptProcessingBenchmark {

    private KarafProcess karaf;

    @After
    public void stopKaraf() throws Exception {
        if (karaf != null) {
            karaf.stop();
        }
    }

    @Test
    public void receiptProcessing() throws Exception {
        BenchSettings s = BenchSettings.fromSystemProperties();
        Files.createDirectories(s.workDir());
        System.setProperty("derby.stream.error.file", s.workDir().resolve("derby.log").toString());
        BenchmarkReport report = new BenchmarkReport();
        report.header("Run " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "; " + String.format(Locale.ROOT,
                "%,d guests; warm-up %s s + measured %s s per phase", s.guests(), seconds(s.warmup()),
                seconds(s.duration())));
        report.header("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average at start "
                + String.format(Locale.ROOT, "%.2f", load()) + "; Java " + System.getProperty("java.version")
                + "; Derby embedded, durable commits; client threads on the same machine"
                + (System.getProperty("bench.karafOpts", "").isBlank() ? ""
                : "; Kopilka JVM options: " + System.getProperty("bench.karafOpts")));

        karaf = KarafProcess.unpack(s.distribution(), s.workDir().resolve("karaf"));
        GuestSeeder.Seeded seeded = seed(s, karaf, report);
        Files.writeString(s.workDir().resolve("admin-token.txt"), seeded.adminSecret() + "\n");
        Path copy = s.workDir().resolve("jdbc-db");
        Trees.delete(copy);
        Trees.copy(karaf.database(), copy);

        runKopilka(s, seeded, report);
        karaf.stop();
        karaf = null;
        if (s.ceiling()) {
            runJdbc(s, copy, report);
        } else {
            report.note("Plain-JDBC ceiling not measured in this run (bench.ceiling=false)");
        }

        String text = report.render();
        Files.createDirectories(s.report().getParent());
        Files.writeString(s.report(), text);
        System.out.println();
        System.out.println(text);
        System.out.println("[bench] report written to " + s.report());
    }

    private static GuestSeeder.Seeded seed(BenchSettings s, KarafProcess karaf, BenchmarkReport report)
            throws Exception {
        Path database = karaf.database();
        SeedCache cache = new SeedCache(s.seedCache(), s.guests(), s.seed());
        GuestSeeder.Seeded kept = s.reuseSeed() ? cache.restore(database) : null;
        if (kept != null) {
            report.header(String.format(Locale.ROOT, "Database of %,d guests reused from an earlier run's seeding "
                    + "at schema version %d (%s; bench.reuseSeed=false seeds afresh); %,d MB on disk", kept.guests(),
                    cache.restoredVersion(), s.seedCache(), Trees.size(database) / (1024 * 1024)));
            System.out.printf("[bench] reused the seeded database of %,d guests%n", kept.guests());
            return kept;
        }
        String url = "jdbc:derby:" + database.toAbsolutePath();
        EmbeddedDataSource schema = new EmbeddedDataSource();
        schema.setDatabaseName(database.toAbsolutePath().toString());
        schema.setCreateDatabase("create");
        new SchemaMigrator(schema).migrate();
        GuestSeeder.Seeded seeded;
        try (Connection c = DriverManager.getConnection(url)) {
            seeded = new GuestSeeder(s.guests(), s.seed()).seed(c);
        }
        shutdown(url);
        cache.store(database, seeded);
        double secs = seeded.took().toMillis() / 1000.0;
        report.header(String.format(Locale.ROOT, "Seeding (offline, JDBC batches, commit every ~10k rows): %,d "
                + "guests in %.1f s = %.1f s per 100k guests; database %,d MB on disk", seeded.guests(), secs,
                secs * 100_000 / seeded.guests(), Trees.size(database) / (1024 * 1024)));
        report.header("Seeding time by table (insert batches): " + seeded.breakdown());
        System.out.printf("[bench] seeded %,d guests in %.1f s; %s%n", seeded.guests(), secs, seeded.breakdown());
        return seeded;
    }

    private void runKopilka(BenchSettings s, GuestSeeder.Seeded seeded, BenchmarkReport report) throws Exception {
        long start = System.nanoTime();
        karaf.start(Duration.ofMinutes(5));
        report.header(String.format(Locale.ROOT, "Kopilka started on the seeded database in %.1f s",
                (System.nanoTime() - start) / 1e9));
        KopilkaDriver driver = new KopilkaDriver(karaf.port(), seeded.adminSecret());
        CpuMeter meter = CpuMeter.available() ? new CpuMeter(karaf.processId()) : null;
        driver.setUp(GuestSeeder.TERMINALS);
        jitWarmup(s, "Kopilka", driver.receiptPairs("w", s.seed() + 1, s.guests()));
        for (int threads : s.threads()) {
            LoadRunner.Result r = LoadRunner.run("kopilka-" + threads, threads, s.warmup(), s.duration(),
                    driver.receiptPairs("b" + threads, phaseSeed(s, threads), s.guests()), meter);
            print("Kopilka calculate+commit", r);
            report.kopilka(r);
            errors(report, "Kopilka " + threads + " terminals", r);
        }
        LoadRunner.Result lookup = LoadRunner.run("lookup", s.lookupThreads(), s.warmup(), s.duration(),
                driver.lookups(phaseSeed(s, s.lookupThreads()), s.guests()), meter);
        print("Kopilka card lookup", lookup);
        report.lookup(lookup);
        errors(report, "Kopilka lookup", lookup);
        report.header(String.format(Locale.ROOT, "Load average after the Kopilka phases: %.2f", load()));
        if (s.ledgerCheck()) {
            KopilkaDriver.LedgerCheck check = driver.ledgerCheck(Duration.ofMinutes(30));
            report.note(String.format(Locale.ROOT, "Ledger check after the run: %s in %.1f s (%,d entries, %,d lots)",
                    check.problems().isEmpty() ? "consistent" : check.problems().size() + " problems, first: "
                    + check.problems().get(0), check.took().toMillis() / 1000.0, check.entries(), check.lots()));
        } else {
            report.note("Ledger check skipped (bench.ledgerCheck; by default it runs up to "
                    + String.format(Locale.ROOT, "%,d", BenchSettings.LEDGER_CHECK_AUTO_MAX) + " guests only)");
        }
    }

    private static void runJdbc(BenchSettings s, Path copy, BenchmarkReport report) throws Exception {
        String url = "jdbc:derby:" + copy.toAbsolutePath();
        JdbcCeiling ceiling = new JdbcCeiling(url);
        CpuMeter meter = CpuMeter.available() ? new CpuMeter(-1) : null;
        ceiling.prepare();
        jitWarmup(s, "JDBC", ceiling.transactions("w", s.seed() + 1, s.guests()));
        for (int threads : s.threads()) {
            LoadRunner.Result r = LoadRunner.run("jdbc-" + threads, threads, s.warmup(), s.duration(),
                    ceiling.transactions("j" + threads, phaseSeed(s, threads), s.guests()), meter);
            print("JDBC transaction", r);
            report.jdbc(r);
            errors(report, "JDBC " + threads + " threads", r);
        }
        for (int threads : s.threads()) {
            LoadRunner.Result r = LoadRunner.run("jdbc-read-" + threads, threads, s.warmup(), s.duration(),
                    ceiling.reads(phaseSeed(s, threads), s.guests()), meter);
            print("JDBC read", r);
            report.jdbcRead(r);
            errors(report, "JDBC read " + threads + " threads", r);
        }
        shutdown(url);
        report.header(String.format(Locale.ROOT, "Load average after the JDBC phases: %.2f", load()));
    }

    /** Unmeasured load at the largest thread count, so that the first measured phase does not pay for the JIT. */
    private static void jitWarmup(BenchSettings s, String what, LoadRunner.OpFactory ops) throws Exception {
        if (!s.jitWarmup().isZero()) {
            LoadRunner.Result r = LoadRunner.run("jit-" + what, s.maxThreads(), s.jitWarmup(), Duration.ZERO, ops);
            System.out.printf("[bench] %s JIT warm-up: %s s at %d threads%n", what, seconds(s.jitWarmup()),
                    r.threads());
        }
    }

    /** Each phase its own guests, the same for Kopilka and for JDBC at the same thread count. */
    private static long phaseSeed(BenchSettings s, int threads) {
        return s.seed() + 1_000L * threads;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void print(String what, LoadRunner.Result r) {
        System.out.printf(Locale.ROOT, "[bench] %s, %d threads: %,.0f ops/s, p50 %s ms, p99 %s ms, p99.9 %s ms, "
                + "max %s ms, %d errors%n", what, r.threads(), r.opsPerSecond(), BenchmarkReport.fmt(r.p50()),
                BenchmarkReport.fmt(r.p99()), BenchmarkReport.fmt(r.p999()), BenchmarkReport.fmt(r.max()), r.errors());
        r.firstErrors().forEach(e -> System.out.println("[bench]   error: " + e));
    }

    private static void errors(BenchmarkReport report, String phase, LoadRunner.Result r) {
        if (r.errors() > 0 || !r.firstErrors().isEmpty()) {
            report.note(phase + ": " + r.errors() + " errors; first: " + String.join(" / ", r.firstErrors()));
        }
    }

    private static void shutdown(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw new IllegalStateException("Derby did not shut down " + url, e);
            }
        }
    }

    private static String seconds(Duration d) {
        return BenchmarkReport.fmt(d.toMillis() / 1000.0);
    }
}
