package io.kopilka.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;

import javax.sql.DataSource;

/**
 * Hands out the ids of the ledger and receipt tables from blocks reserved in {@code id_block}, so that an insert needs
 * no identity round trip and rows can be written in batches. A block is reserved in its own short transaction on a
 * connection of its own (never the caller's: that one may hold row locks for a long time), so ids are unique across
 * threads and across nodes sharing the database. A restart loses the rest of its blocks: ids have gaps, never repeats.
 * The first reservation after a start never goes below the table's largest id, so rows written without it while it was
 * not running (a bulk import) are stepped over.
 */
public final class IdBlocks {

    /** The tables whose ids come from here; every writer of these tables must take its ids here. */
    public enum Table {
        JOURNAL_ENTRY("journal_entry"), POSTING("posting"), BONUS_LOT("bonus_lot"), LOT_MOVEMENT("lot_movement"),
        RECEIPT("receipt"), RECEIPT_LINE("receipt_line");

        private final String sql;

        Table(String sql) {
            this.sql = sql;
        }

        public String sqlName() {
            return sql;
        }
    }

    /** Ids reserved per round trip to {@code id_block}. */
    static final int DEFAULT_BLOCK = 1000;

    private final DataSource dataSource;
    private final int blockSize;
    private final Map<Table, Block> blocks = new EnumMap<>(Table.class);
    private final Object connectionLock = new Object();
    private Connection connection;

    public IdBlocks(DataSource dataSource) {
        this(dataSource, DEFAULT_BLOCK);
    }

    public IdBlocks(DataSource dataSource, int blockSize) {
        this.dataSource = dataSource;
        this.blockSize = blockSize;
        for (Table t : Table.values()) {
            blocks.put(t, new Block());
        }
    }

    /** The next unused id of {@code table}. */
    public long next(Table table) {
        Block block = blocks.get(table);
        synchronized (block) {
            if (block.next > block.last) {
                block.last = reserve(table);
                block.next = block.last - blockSize + 1;
            }
            return block.next++;
        }
    }

    /** Closes the reserving connection (the ids left in the blocks are lost). */
    public void close() {
        synchronized (connectionLock) {
            closeQuietly();
        }
    }

    private long reserve(Table table) {
        synchronized (connectionLock) {
            try {
                return reserveOnce(table);
            } catch (SQLException first) {
                closeQuietly();
                try {
                    return reserveOnce(table);
                } catch (SQLException e) {
                    e.addSuppressed(first);
                    throw new IllegalStateException("Cannot reserve ids of " + table.sql + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** Moves the table's counter on by a block and returns the block's last id. */
    private long reserveOnce(Table table) throws SQLException {
        Connection c = connection();
        try {
            long last = lockedLast(c, table);
            Block block = blocks.get(table);
            if (!block.checkedTable) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT MAX(id) FROM " + table.sql)) {
                    rs.next();
                    last = Math.max(last, rs.getLong(1));
                }
            }
            long end = last + blockSize;
            try (PreparedStatement p = c.prepareStatement("UPDATE id_block SET last_id = ? WHERE name = ?")) {
                p.setLong(1, end);
                p.setString(2, table.sql);
                p.executeUpdate();
            }
            c.commit();
            block.checkedTable = true;
            return end;
        } catch (SQLException e) {
            rollbackQuietly(c);
            throw e;
        }
    }

    /** The table's counter, locked for this reservation (the row is created if a database lacks it). */
    private static long lockedLast(Connection c, Table table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE id_block SET last_id = last_id WHERE name = ?")) {
            p.setString(1, table.sql);
            if (p.executeUpdate() == 0) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO id_block (name, last_id) VALUES (?, 0)")) {
                    insert.setString(1, table.sql);
                    insert.executeUpdate();
                }
                return 0;
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT last_id FROM id_block WHERE name = ?")) {
            p.setString(1, table.sql);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
        }
        return connection;
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a broken connection is replaced anyway
            }
            connection = null;
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is replaced after a failure
        }
    }

    /** The ids {@code next..last} are free to hand out; the table's own largest id is looked at once per start. */
    private static final class Block {
        long next = 1;
        long last;
        boolean checkedTable;
    }
}
