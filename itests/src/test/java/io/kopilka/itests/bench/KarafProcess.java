package io.kopilka.itests.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.kopilka.itests.Http;

/**
 * The Kopilka distribution unpacked into the benchmark's own folder and run as its own process with {@code bin/start}
 * and {@code bin/stop}, on free ports, the way {@code RestartIT} runs it. Only the process this class started is ever
 * stopped, by its pid file. {@code bench.karafOpts} is passed to it as {@code EXTRA_JAVA_OPTS}.
 */
final class KarafProcess {

    private final Path home;
    private final int port;
    private boolean running;

    private KarafProcess(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** Unpacks the distribution under {@code folder} (emptied first) and gives it free ports. */
    static KarafProcess unpack(Path distribution, Path folder) throws Exception {
        run(List.of("rm", "-rf", folder.toString()), Path.of("."), Duration.ofMinutes(5));
        Files.createDirectories(folder);
        run(List.of("tar", "xzf", distribution.toString(), "-C", folder.toString()), folder, Duration.ofMinutes(5));
        Path home;
        try (var entries = Files.list(folder)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        KarafProcess karaf = new KarafProcess(home, freePort());
        karaf.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(karaf.port));
        karaf.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort()));
        karaf.setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort()));
        karaf.setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort()));
        return karaf;
    }

    Path home() {
        return home;
    }

    int port() {
        return port;
    }

    /** Where the Kopilka DataSource keeps its Derby database. */
    Path database() {
        return home.resolve("data/kopilka/db");
    }

    /** Starts Karaf and waits until the API's health check answers. */
    void start(Duration timeout) throws Exception {
        ProcessBuilder pb = builder(List.of(home.resolve("bin/start").toString()));
        String opts = System.getProperty("bench.karafOpts", "");
        if (!opts.isBlank()) {
            pb.environment().put("EXTRA_JAVA_OPTS", opts);
        }
        wait(pb.start(), Duration.ofMinutes(2), "bin/start");
        running = true;
        new Http(port).await("/health", null, 200, timeout);
    }

    /** Stops Karaf if it runs and waits for its process to end (ending it if {@code bin/stop} does not). */
    void stop() throws Exception {
        if (!running) {
            return;
        }
        Optional<ProcessHandle> process = pid().flatMap(ProcessHandle::of);
        run(List.of(home.resolve("bin/stop").toString()), home, Duration.ofMinutes(2));
        if (process.isPresent()) {
            try {
                process.get().onExit().get(120, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                System.out.println("[bench] Karaf did not stop in 120 s; ending pid " + process.get().pid());
                process.get().destroyForcibly();
                process.get().onExit().get(30, TimeUnit.SECONDS);
            }
        } else {
            Thread.sleep(10_000);
        }
        running = false;
    }

    /** The running Karaf's process id, or -1 if it is not known. */
    long processId() throws IOException {
        return pid().orElse(-1L);
    }

    private Optional<Long> pid() throws IOException {
        Path file = home.resolve("karaf.pid");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String text = Files.readString(file).strip();
        return text.matches("\\d+") ? Optional.of(Long.valueOf(text)) : Optional.empty();
    }

    private void setProperty(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (!line.matches("\\s*" + Pattern.quote(key) + "\\s*[=:].*")) {
                lines.add(line);
            }
        }
        lines.add(key + " = " + value);
        Files.write(path, lines, StandardCharsets.UTF_8);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private ProcessBuilder builder(List<String> command) {
        return new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    private static void run(List<String> command, Path dir, Duration timeout) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        wait(p, timeout, String.join(" ", command));
    }

    private static void wait(Process p, Duration timeout, String what) throws InterruptedException {
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(what + " did not finish in " + timeout);
        }
    }
}
