package io.kopilka.itests.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent during a measured window, from Linux's {@code /proc}: by the server process (Kopilka's JVM, by its
 * pid), by this client JVM, and by the whole machine. Per operation, these are a load-independent view of what a
 * call costs, while ops/s and latencies move with whatever else shares the two cores. Reads nothing off Linux.
 */
final class CpuMeter {

    /** CPU seconds used during a window: by the server, by the client, and by the machine in all. */
    record Used(double server, double client, double machine) {

        /** Used by neither the server nor the client (other processes, the kernel's own work). */
        double other() {
            return Math.max(0, machine - server - client);
        }
    }

    /** Readings at one moment, in nanoseconds of CPU time. */
    record Reading(long server, long client, long machine) {

        Used until(Reading later) {
            return new Used((later.server - server) / 1e9, (later.client - client) / 1e9,
                    (later.machine - machine) / 1e9);
        }
    }

    /** Clock ticks per second of {@code /proc} ({@code USER_HZ}, 100 on every Linux architecture Java runs on). */
    private static final long TICKS = 100;

    private final long serverPid;

    CpuMeter(long serverPid) {
        this.serverPid = serverPid;
    }

    /** Whether {@code /proc} can be read here. */
    static boolean available() {
        return Files.isReadable(Path.of("/proc/stat"));
    }

    Reading read() {
        return new Reading(process(serverPid), clientNanos(), machineBusy());
    }

    private static long clientNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** utime + stime of a process ({@code /proc/<pid>/stat}, fields 14 and 15, after the command's parentheses). */
    private static long process(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return ticksToNanos(Long.parseLong(f[11]) + Long.parseLong(f[12]));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** All CPUs' time not idle, not waiting for I/O and not stolen ({@code /proc/stat}, first line). */
    private static long machineBusy() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(f.length, 8); i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return ticksToNanos(busy);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long ticksToNanos(long ticks) {
        return ticks * (1_000_000_000L / TICKS);
    }
}
