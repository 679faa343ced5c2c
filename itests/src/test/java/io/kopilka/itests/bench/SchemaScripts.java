package io.kopilka.itests.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Kopilka's schema scripts, read from the core bundle inside the unpacked distribution (so the benchmark seeds exactly
 * the schema of the build it measures), and applied the way the platform's migrator applies them: statements split at
 * lines holding only {@code ;}, comment lines skipped, each script recorded in {@code kopilka_schema}.
 */
final class SchemaScripts {

    private static final String FOLDER = "io/kopilka/core/internal/db/migration";

    /** A script: its version, file name and text. */
    record Script(int version, String name, String text) {
    }

    private SchemaScripts() {
    }

    /** The scripts in the core bundle of a Karaf home, oldest first. */
    static List<Script> load(Path karafHome) throws IOException {
        Path jar;
        try (Stream<Path> files = Files.walk(karafHome.resolve("system/io/kopilka/io.kopilka.core"))) {
            jar = files.filter(p -> p.toString().endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no io.kopilka.core jar under " + karafHome));
        }
        List<Script> scripts = new ArrayList<>();
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of());
                Stream<Path> entries = Files.list(zip.getPath(FOLDER))) {
            for (Path p : entries.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).toList()) {
                String name = p.getFileName().toString();
                int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
                scripts.add(new Script(version, name, Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        scripts.sort(Comparator.comparingInt(Script::version));
        if (scripts.isEmpty()) {
            throw new IllegalStateException("no schema scripts in " + jar);
        }
        return scripts;
    }

    /** Creates the schema and the version table, in one transaction; returns the latest version. */
    static int apply(Connection c, List<Script> scripts) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE kopilka_schema (version INT NOT NULL PRIMARY KEY, "
                    + "script VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL)");
            for (Script script : scripts) {
                for (String sql : statements(script.text())) {
                    s.execute(sql);
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO kopilka_schema (version, script, applied_at) VALUES (?, ?, ?)")) {
            for (Script script : scripts) {
                p.setInt(1, script.version());
                p.setString(2, script.name());
                p.setTimestamp(3, Timestamp.from(Instant.now()));
                p.executeUpdate();
            }
        }
        c.commit();
        return scripts.get(scripts.size() - 1).version();
    }

    /** Splits a script at lines holding only {@code ;}, dropping {@code --} comment lines. */
    static List<String> statements(String text) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.equals(";")) {
                add(result, current);
            } else if (!trimmed.startsWith("--")) {
                current.append(line).append('\n');
            }
        }
        add(result, current);
        return result;
    }

    private static void add(List<String> result, StringBuilder current) {
        String sql = current.toString().strip();
        if (!sql.isEmpty()) {
            result.add(sql);
        }
        current.setLength(0);
    }
}
