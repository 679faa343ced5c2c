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
    void version8KeysReceiptLinesByTheirReceiptAndKeepsTheLinesOfVersion7() throws SQLException {
        EmbeddedDataSource ds = freshDatabase();
        assertEquals(7, new SchemaMigrator(ds, SchemaMigrator.SCRIPTS.subList(0, 7), SchemaMigrator.class).migrate());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO organization (id, name, created_at) VALUES (1, 'Old', CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO venue (id, organization_id, code, name) VALUES (1, 1, 'v', 'Venue')");
            s.executeUpdate("INSERT INTO terminal (id, venue_id, code, name) VALUES (1, 1, 't', 'Till')");
            s.executeUpdate("INSERT INTO receipt (id, organization_id, venue_id, terminal_id, pos_receipt_id, "
                    + "request_hash, receipt_time, total_amount, discount_amount, redemption_amount, accrual_amount, "
                    + "refunded_amount, status, result_json, created_at) VALUES (5, 1, 1, 1, 'R-1', 'h', "
                    + "CURRENT_TIMESTAMP, 30000, 0, 0, 0, 0, 'COMMITTED', '{}', CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO receipt_line (id, receipt_id, line_id, sku, name, groups_text, quantity, "
                    + "price, amount, discount, redemption, refunded) VALUES (11, 5, '1', 'tea', 'Tea', '', 2, "
                    + "10000, 20000, 0, 0, 0), (12, 5, '2', 'cake', 'Cake', 'food', 1, 10000, 10000, 0, 0, 500)");
        }
        assertEquals(8, new SchemaMigrator(ds, SchemaMigrator.SCRIPTS.subList(0, 8), SchemaMigrator.class).migrate());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, sku, quantity, refunded FROM receipt_line "
                    + "WHERE receipt_id = 5 ORDER BY id")) {
                assertEquals(true, rs.next());
                assertEquals(11, rs.getLong(1));
                assertEquals("tea", rs.getString(2));
                assertEquals(0, new java.math.BigDecimal("2.000").compareTo(rs.getBigDecimal(3)));
                assertEquals(true, rs.next());
                assertEquals(500, rs.getLong(4));
                assertEquals(false, rs.next());
            }
            SQLException duplicate = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO "
                    + "receipt_line (id, receipt_id, line_id, quantity, price, amount, discount, redemption, refunded) "
                    + "VALUES (12, 5, '3', 1, 1, 1, 0, 0, 0)"));
            assertEquals("23505", duplicate.getSQLState(), "(receipt_id, id) is the primary key");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sys.sysconglomerates g JOIN sys.systables t "
                    + "ON t.tableid = g.tableid WHERE t.tablename = 'RECEIPT_LINE' AND g.isindex")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "one B-tree per line: the primary key");
            }
        }
    }

    @Test
    void splitsScriptsAtSemicolonLinesAndSkipsComments() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "INSERT INTO a VALUES (1)"),
                SchemaMigrator.statements("-- c\nCREATE TABLE a (x INT)\n;\n-- d\nINSERT INTO a VALUES (1)\n"));
        assertEquals(12, SchemaMigrator.versionOf("V12__x.sql"));
        assertThrows(IllegalArgumentException.class, () -> SchemaMigrator.versionOf("init.sql"));
    }
}
