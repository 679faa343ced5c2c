package io.kopilka.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.kopilka.itests.Http.Reply;
import org.junit.After;
import org.junit.Test;

/**
 * Runs the distribution the way the README does, as its own process with {@code bin/start} and {@code bin/stop}, and
 * proves that a stop and a start keep the data: the guest and the balance written before are there after, and the
 * first start's demo data and credentials are not created twice.
 */
public class RestartIT {

    private Path home;

    @After
    public void stop() throws Exception {
        if (home != null) {
            karaf("stop");
        }
    }

    @Test
    public void aRestartKeepsTheData() throws Exception {
        home = unpack();
        int port = KopilkaTestSupport.freePort();
        configurePorts(port);
        Http http = new Http(port);

        karaf("start");
        http.await("/health", null, 200, Duration.ofSeconds(120));
        Credentials creds = Credentials.await(home.resolve("data"), Duration.ofSeconds(60));
        String credentialsBefore = Files.readString(home.resolve("data/kopilka/credentials.txt"));
        http.await("/guests?size=1", creds.admin(), 200, Duration.ofSeconds(60));
        Reply created = http.post("/guests", creds.admin(), "{\"phone\":\"+79995550011\",\"name\":\"Survivor\"}");
        assertEquals(created.toString(), 201, created.status());
        long guest = created.json().get("id").asLong();
        Reply accrual = http.post("/guests/" + guest + "/operations", creds.admin(),
                "{\"idempotencyKey\":\"restart-1\",\"type\":\"ACCRUE\",\"amount\":123.45}");
        assertEquals(201, accrual.status());

        karaf("stop");
        awaitDown(http);
        karaf("start");
        http.await("/guests?size=1", creds.admin(), 200, Duration.ofSeconds(120));

        Reply after = http.get("/guests/" + guest + "/accounts", creds.admin());
        assertEquals(after.toString(), "123.45", after.json().get(0).get("balance").decimalValue().toPlainString());
        assertEquals(6, http.get("/guests", creds.admin()).json().get("total").asInt());
        Reply replay = http.post("/guests/" + guest + "/operations", creds.admin(),
                "{\"idempotencyKey\":\"restart-1\",\"type\":\"ACCRUE\",\"amount\":123.45}");
        assertEquals("a replay after the restart is still a replay", 200, replay.status());
        assertEquals(credentialsBefore, Files.readString(home.resolve("data/kopilka/credentials.txt")));
        assertTrue(http.get("/ledger/check", creds.admin()).json().get("problems").isEmpty());
    }

    private static Path unpack() throws Exception {
        Path target = Path.of("target", "restart-it").toAbsolutePath();
        run(List.of("rm", "-rf", target.toString()), Path.of("."));
        Files.createDirectories(target);
        run(List.of("tar", "xzf", System.getProperty("kopilka.distribution"), "-C", target.toString()), target);
        try (var entries = Files.list(target)) {
            return entries.findFirst().orElseThrow();
        }
    }

    private void configurePorts(int http) throws IOException {
        setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http));
        setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(KopilkaTestSupport.freePort()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                String.valueOf(KopilkaTestSupport.freePort()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                String.valueOf(KopilkaTestSupport.freePort()));
    }

    private void setProperty(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (!line.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*[=:].*")) {
                lines.add(line);
            }
        }
        lines.add(key + " = " + value);
        Files.write(path, lines, StandardCharsets.UTF_8);
    }

    private void karaf(String script) throws Exception {
        run(List.of(home.resolve("bin").resolve(script).toString()), home);
    }

    private static void awaitDown(Http http) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (http.get("/health", null).status() != -1) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Kopilka did not stop");
            }
            Thread.sleep(250);
        }
        Thread.sleep(2_000);
    }

    private static void run(List<String> command, Path dir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish");
        }
    }
}
