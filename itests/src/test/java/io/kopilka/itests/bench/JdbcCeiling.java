package io.kopilka.itests.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The ceiling of docs/performance.md, on a copy of the seeded database, in this JVM with embedded Derby and durable
 * commits: the plain-JDBC transaction (SELECT guest by card; SELECT account; compute over the 5-20 lines; UPDATE the
 * balance with a non-negative guard; INSERT 2 ledger rows; COMMIT) and the plain read (guest and balance by card).
 * The two ledger rows go to a table of their own ({@code bench_ledger}), as in the measurement the document reports.
 */
final class JdbcCeiling {

    private static final String FIND_GUEST = "SELECT guest_id FROM identifier WHERE organization_id = 1 "
            + "AND id_value = ?";
    private static final String FIND_ACCOUNT = "SELECT id, balance FROM account WHERE guest_id = ? "
            + "AND account_type = 'BONUS'";
    private static final String UPDATE_BALANCE = "UPDATE account SET balance = balance + ? WHERE id = ? "
            + "AND balance + ? >= 0";
    private static final String INSERT_LEDGER = "INSERT INTO bench_ledger (account_id, amount, receipt_id, "
            + "created_at) VALUES (?, ?, ?, ?)";
    private static final String READ = "SELECT g.id, g.name, a.balance FROM identifier i JOIN guest g "
            + "ON g.id = i.guest_id JOIN account a ON a.guest_id = i.guest_id AND a.account_type = 'BONUS' "
            + "WHERE i.organization_id = 1 AND i.id_value = ?";

    private final String url;

    JdbcCeiling(String url) {
        this.url = url;
    }

    /** Creates the ledger table of the transaction. */
    void prepare() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE bench_ledger (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                    + "account_id BIGINT NOT NULL, amount BIGINT NOT NULL, receipt_id VARCHAR(64) NOT NULL, "
                    + "created_at TIMESTAMP NOT NULL)");
            s.executeUpdate("CREATE INDEX bench_ledger_account_idx ON bench_ledger (account_id)");
        }
    }

    /** One transaction per operation, on the thread's own connection. */
    LoadRunner.OpFactory transactions(String phase, long seed, int guests) {
        return index -> {
            Receipts receipts = new Receipts(seed * 31 + index, guests);
            Connection c = DriverManager.getConnection(url);
            c.setAutoCommit(false);
            PreparedStatement guest = c.prepareStatement(FIND_GUEST);
            PreparedStatement account = c.prepareStatement(FIND_ACCOUNT);
            PreparedStatement update = c.prepareStatement(UPDATE_BALANCE);
            PreparedStatement ledger = c.prepareStatement(INSERT_LEDGER);
            long[] sequence = {0};
            return new LoadRunner.Op() {
                @Override
                public boolean run() throws SQLException {
                    Receipts.Receipt r = receipts.next();
                    try {
                        transaction(r, phase + "-" + index + "-" + (++sequence[0]), guest, account, update, ledger);
                        c.commit();
                        return true;
                    } catch (SQLException | RuntimeException e) {
                        c.rollback();
                        throw e;
                    }
                }

                @Override
                public void close() throws SQLException {
                    c.close();
                }
            };
        };
    }

    private static void transaction(Receipts.Receipt r, String receiptId, PreparedStatement guest,
            PreparedStatement account, PreparedStatement update, PreparedStatement ledger) throws SQLException {
        long guestId;
        guest.setString(1, r.card());
        try (ResultSet rs = guest.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no guest with card " + r.card());
            }
            guestId = rs.getLong(1);
        }
        long accountId;
        account.setLong(1, guestId);
        try (ResultSet rs = account.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no bonus account of guest " + guestId);
            }
            accountId = rs.getLong(1);
        }
        long accrual = 0;
        long total = r.total();
        long redemption = Math.min(r.redemption(), total / 2);
        for (int i = 0; i < r.prices().length; i++) {
            long amount = r.prices()[i] * r.quantities()[i];
            long discount = amount * 3 / 100;
            long lineRedemption = redemption * amount / total;
            accrual += (amount - discount - lineRedemption) * 5 / 100;
        }
        long delta = accrual - redemption;
        update.setLong(1, delta);
        update.setLong(2, accountId);
        update.setLong(3, delta);
        if (update.executeUpdate() != 1) {
            throw new IllegalStateException("insufficient balance on account " + accountId);
        }
        Timestamp now = Timestamp.from(Instant.now());
        for (long[] row : new long[][] {{accountId, delta}, {1, -delta}}) {
            ledger.setLong(1, row[0]);
            ledger.setLong(2, row[1]);
            ledger.setString(3, receiptId);
            ledger.setTimestamp(4, now);
            ledger.executeUpdate();
        }
    }

    /** The plain read: guest and bonus balance by card, auto-commit. */
    LoadRunner.OpFactory reads(long seed, int guests) {
        return index -> {
            Receipts receipts = new Receipts(seed * 17 + index, guests);
            Connection c = DriverManager.getConnection(url);
            PreparedStatement read = c.prepareStatement(READ);
            return new LoadRunner.Op() {
                @Override
                public boolean run() throws SQLException {
                    read.setString(1, receipts.randomCard());
                    try (ResultSet rs = read.executeQuery()) {
                        if (!rs.next() || rs.getString(2) == null) {
                            throw new IllegalStateException("no guest");
                        }
                        rs.getLong(3);
                    }
                    return true;
                }

                @Override
                public void close() throws SQLException {
                    c.close();
                }
            };
        };
    }
}
