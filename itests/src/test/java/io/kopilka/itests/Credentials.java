package io.kopilka.itests;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/** The secrets Kopilka's first start writes to {@code data/kopilka/credentials.txt}. */
public final class Credentials {

    private final Properties values = new Properties();

    private Credentials(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(r);
        }
    }

    /** Waits for the file of a Karaf data folder and reads it. */
    public static Credentials await(Path dataFolder, Duration timeout) throws Exception {
        Path file = dataFolder.resolve("kopilka").resolve("credentials.txt");
        long end = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(file) || Files.size(file) == 0) {
            if (System.nanoTime() > end) {
                throw new AssertionError("no credentials file at " + file + " after " + timeout);
            }
            Thread.sleep(200);
        }
        Thread.sleep(200);
        return new Credentials(file);
    }

    public String admin() {
        return values.getProperty("admin.token");
    }

    public String terminal(int n) {
        return values.getProperty("terminal." + n + ".token");
    }

    public String application() {
        return values.getProperty("application.token");
    }
}
