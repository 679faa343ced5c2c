package io.kopilka.core.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

    private static EmbeddedDataSource freshDatabase() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(Path.of("target", "derby", "schema-" + UUID.randomUUID()).toAbsolutePath().toString());
        ds.setCreateDatabase("create");
        return ds;
    }

    @Test
    void aDatabaseOfAnEarlierReleaseIsUpgradedInPlaceKeepingItsData() throws SQLException {
        EmbeddedDataSource ds = freshDatabase();
        assertEquals(1, new SchemaMigrator(ds, List.of("V1__core.sql"), SchemaMigrator.class).migrate(),
                "a database as the first release made it");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO organization (name, created_at) VALUES ('Old', CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO guest (organization_id, name, created_at, updated_at) "
                    + "SELECT id, 'Kept', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM organization");
        }
        assertEquals(SchemaMigrator.SCRIPTS.size(), new SchemaMigrator(ds).migrate(), "this release upgrades it");
        List<String> later = new java.util.ArrayList<>(SchemaMigrator.SCRIPTS);
        later.add("V99__test_upgrade.sql");
        SchemaMigrator next = new SchemaMigrator(ds, later, SchemaMigrator.class);
        assertEquals(99, next.migrate());
        assertEquals(99, next.migrate(), "a second start applies nothing");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, nickname FROM guest")) {
            rs.next();
            assertEquals("Kept", rs.getString(1));
            assertEquals("migrated", rs.getString(2));
        }
        IllegalStateException older = assertThrows(IllegalStateException.class, () -> new SchemaMigrator(ds).migrate());
        assertEquals(true, older.getMessage().contains("newer than this release"));
    }

    @Test
    void splitsScriptsAtSemicolonLinesAndSkipsComments() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "INSERT INTO a VALUES (1)"),
                SchemaMigrator.statements("-- c\nCREATE TABLE a (x INT)\n;\n-- d\nINSERT INTO a VALUES (1)\n"));
        assertEquals(12, SchemaMigrator.versionOf("V12__x.sql"));
        assertThrows(IllegalArgumentException.class, () -> SchemaMigrator.versionOf("init.sql"));
    }
}
