package io.kopilka.itests.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one operation in a fixed number of threads, first for a warm-up, then for the measured time, and records the
 * latency of every measured operation that succeeded. All threads start together and measure the same window.
 */
final class LoadRunner {

    /** One unit of work of one thread (a calculate+commit pair, a transaction, a lookup). */
    interface Op extends AutoCloseable {

        /** Does the work once; {@code false} (or an exception) counts as an error. */
        boolean run() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** Makes the operation of thread {@code index} (0-based); it is used by that thread only. */
    interface OpFactory {
        Op create(int index) throws Exception;
    }

    /** What a phase measured. */
    record Result(String name, int threads, long ops, long errors, double seconds, double p50, double p99,
            double p999, double max, List<String> firstErrors, CpuMeter.Used cpu) {

        double opsPerSecond() {
            return seconds <= 0 ? 0 : ops / seconds;
        }

        /** CPU milliseconds per operation: {@code seconds} of CPU over the operations measured. */
        double cpuMillisPerOp(double cpuSeconds) {
            return ops == 0 ? Double.NaN : cpuSeconds * 1000 / ops;
        }
    }

    private LoadRunner() {
    }

    static Result run(String name, int threads, Duration warmup, Duration duration, OpFactory factory)
            throws Exception {
        return run(name, threads, warmup, duration, factory, null);
    }

    /** As {@link #run(String, int, Duration, Duration, OpFactory)}, reading {@code meter} (if any) over the window. */
    static Result run(String name, int threads, Duration warmup, Duration duration, OpFactory factory,
            CpuMeter meter) throws Exception {
        List<Latencies> recorders = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicLong errorCount = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        AtomicLong lastEnd = new AtomicLong();
        for (int t = 0; t < threads; t++) {
            Latencies recorder = new Latencies();
            recorders.add(recorder);
            Op op = factory.create(t);
            Thread worker = new Thread(() -> {
                try (op) {
                    ready.countDown();
                    go.await();
                    loop(op, window[0], null, errorCount, errors);
                    loop(op, window[1], recorder, errorCount, errors);
                    lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
                } catch (Exception e) {
                    errors.add(e.toString());
                }
            }, "bench-" + name + "-" + t);
            workers.add(worker);
        }
        workers.forEach(Thread::start);
        ready.await();
        long start = System.nanoTime();
        window[0] = start + warmup.toNanos();
        window[1] = window[0] + duration.toNanos();
        errorCount.set(0);
        go.countDown();
        CpuMeter.Used cpu = meter == null || duration.isZero() ? null : measure(meter, window);
        for (Thread w : workers) {
            w.join();
        }
        long[] sorted = Latencies.mergeSorted(recorders);
        double seconds = (Math.max(lastEnd.get(), window[1]) - window[0]) / 1e9;
        List<String> first = errors.stream().limit(5).toList();
        return new Result(name, threads, sorted.length, errorCount.get(), seconds,
                Latencies.percentileMillis(sorted, 0.50), Latencies.percentileMillis(sorted, 0.99),
                Latencies.percentileMillis(sorted, 0.999), Latencies.percentileMillis(sorted, 1.0), first, cpu);
    }

    private static CpuMeter.Used measure(CpuMeter meter, long[] window) throws InterruptedException {
        sleepUntil(window[0]);
        CpuMeter.Reading start = meter.read();
        sleepUntil(window[1]);
        return start.until(meter.read());
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }

    private static void loop(Op op, long until, Latencies recorder, AtomicLong errorCount,
            ConcurrentLinkedQueue<String> errors) {
        while (System.nanoTime() < until) {
            long t0 = System.nanoTime();
            boolean ok;
            try {
                ok = op.run();
            } catch (Exception e) {
                ok = false;
                if (errors.size() < 20) {
                    errors.add(e.toString());
                }
            }
            long t1 = System.nanoTime();
            if (recorder != null) {
                if (ok) {
                    recorder.record(t1 - t0);
                } else {
                    errorCount.incrementAndGet();
                }
            }
        }
    }
}
