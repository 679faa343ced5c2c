package io.kopilka.core.internal.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database schema to the version this release needs, by applying the numbered SQL scripts it has not seen
 * yet, in order, each in its own transaction, and recording each in {@code kopilka_schema}. A database created by an
 * earlier release is upgraded in place; a database from a newer release is refused rather than damaged.
 */
public final class SchemaMigrator {

    /** The scripts of this release, oldest first; their number is their schema version. */
    public static final List<String> SCRIPTS = List.of("V1__core.sql", "V2__processing.sql", "V3__pos_events.sql",
            "V4__outbox.sql", "V5__engagement.sql", "V6__alerts.sql", "V7__perf.sql",
            "V8__receipt_lines.sql");

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    private static final String SCRIPT_FOLDER = "migration/";

    private final DataSource dataSource;
    private final List<String> scripts;
    private final Class<?> resourceBase;

    public SchemaMigrator(DataSource dataSource) {
        this(dataSource, SCRIPTS, SchemaMigrator.class);
    }

    /** A migrator over other scripts, found next to {@code resourceBase} in {@code migration/}. */
    public SchemaMigrator(DataSource dataSource, List<String> scripts, Class<?> resourceBase) {
        this.dataSource = dataSource;
        this.scripts = List.copyOf(scripts);
        this.resourceBase = resourceBase;
    }

    /** Applies the missing scripts; returns the schema version the database is at afterwards. */
    public int migrate() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            ensureVersionTable(c);
            int current = currentVersion(c);
            int latest = versionOf(scripts.get(scripts.size() - 1));
            if (current > latest) {
                throw new IllegalStateException("The database is at schema version " + current
                        + ", newer than this release knows (" + latest + "): refusing to open it");
            }
            for (String script : scripts) {
                int version = versionOf(script);
                if (version > current) {
                    apply(c, script, version);
                    current = version;
                }
            }
            return current;
        } catch (SQLException e) {
            throw new IllegalStateException("Schema migration failed: " + e.getMessage(), e);
        }
    }

    private void ensureVersionTable(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String name = meta.storesUpperCaseIdentifiers() ? "KOPILKA_SCHEMA" : "kopilka_schema";
        try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE"})) {
            if (rs.next()) {
                return;
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE kopilka_schema (version INT NOT NULL PRIMARY KEY, "
                    + "script VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL)");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            if (!"X0Y32".equals(e.getSQLState()) && !"42P07".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(version) FROM kopilka_schema")) {
            rs.next();
            int v = rs.getInt(1);
            c.commit();
            return v;
        }
    }

    private void apply(Connection c, String script, int version) throws SQLException {
        LOG.info("Applying schema script {}", script);
        try (Statement s = c.createStatement()) {
            for (String sql : statements(load(script))) {
                s.execute(sql);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO kopilka_schema (version, script, applied_at) VALUES (?, ?, ?)")) {
                p.setInt(1, version);
                p.setString(2, script);
                p.setTimestamp(3, Timestamp.from(Instant.now()));
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private String load(String script) {
        try (InputStream in = resourceBase.getResourceAsStream(SCRIPT_FOLDER + script)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema script " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script at lines holding only {@code ;}, dropping comment lines. */
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

    static int versionOf(String script) {
        String upper = script.toUpperCase(Locale.ROOT);
        int end = upper.indexOf("__");
        if (!upper.startsWith("V") || end < 2) {
            throw new IllegalArgumentException("Script name must be V<number>__<name>.sql: " + script);
        }
        return Integer.parseInt(script.substring(1, end));
    }
}
