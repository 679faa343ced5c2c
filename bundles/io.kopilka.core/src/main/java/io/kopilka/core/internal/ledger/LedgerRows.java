package io.kopilka.core.internal.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.kopilka.api.NotFoundException;
import io.kopilka.api.account.AccountBalance;
import io.kopilka.api.account.AccountType;
import io.kopilka.api.account.BonusLot;
import io.kopilka.core.internal.db.IdBlocks;
import io.kopilka.core.internal.db.Sql;

/**
 * The ledger as receipt processing's hot path reads it, in plain JDBC: a guest's bonus account (locked for a commit),
 * deposit balance and open lots; and the start of a commit's {@link ReceiptPostings}. The accounts returned are plain
 * values, not managed by JPA.
 */
public final class LedgerRows {

    private static final String ACCOUNT = "SELECT id, organization_id, guest_id, account_type, code, balance, "
            + "credit_limit FROM account WHERE guest_id = ? AND account_type = ?";

    private final IdBlocks ids;
    /** Per organization: the ids of system:BONUS_ISSUED and system:BONUS_REDEEMED (they never change). */
    private final Map<Long, long[]> bonusCounters = new ConcurrentHashMap<>();

    public LedgerRows(IdBlocks ids) {
        this.ids = ids;
    }

    /** The guest's bonus account; with {@code lock}, locked for the rest of the transaction. */
    public static AccountEntity bonus(Connection c, long guestId, boolean lock) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(lock ? ACCOUNT + Sql.lockClause(c) : ACCOUNT)) {
            p.setLong(1, guestId);
            p.setString(2, AccountType.BONUS.name());
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("guestId", "guest " + guestId + " has no BONUS account");
                }
                AccountEntity a = new AccountEntity();
                a.id = rs.getLong(1);
                a.organizationId = rs.getLong(2);
                a.guestId = rs.getLong(3);
                a.accountType = rs.getString(4);
                a.code = rs.getString(5);
                a.balance = rs.getLong(6);
                a.creditLimit = rs.getLong(7);
                return a;
            }
        }
    }

    /** The guest's deposit balance (0 without a deposit account). */
    public static long depositBalance(Connection c, long guestId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT balance FROM account WHERE guest_id = ? AND account_type = 'DEPOSIT'")) {
            p.setLong(1, guestId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The lots of an account that still hold points. */
    public static List<BonusLot> openLots(Connection c, long accountId) throws SQLException {
        List<BonusLot> lots = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, initial_amount, remaining, activates_at, "
                + "expires_at, source_entry_id FROM bonus_lot WHERE account_id = ? AND remaining > 0")) {
            p.setLong(1, accountId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    java.sql.Timestamp expires = rs.getTimestamp(5);
                    lots.add(new BonusLot(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                            rs.getTimestamp(4).toInstant(), expires == null ? null : expires.toInstant(),
                            rs.getLong(6)));
                }
            }
        }
        return lots;
    }

    /** The bonus balance a guest sees (available, pending, expiring) from the account and its open lots. */
    public static AccountBalance balance(AccountEntity bonus, List<BonusLot> lots, Instant now) {
        return Balances.of(bonus, lots, now);
    }

    /** Starts the ledger writes of a commit on the bonus account {@code lockedBonus}, locked by the caller. */
    public ReceiptPostings postings(Connection c, AccountEntity lockedBonus, String author, Instant now)
            throws SQLException {
        long[] counters = bonusCounters.get(lockedBonus.organizationId);
        if (counters == null) {
            counters = new long[] {systemAccount(c, lockedBonus.organizationId, SystemAccounts.BONUS_ISSUED),
                systemAccount(c, lockedBonus.organizationId, SystemAccounts.BONUS_REDEEMED)};
            bonusCounters.put(lockedBonus.organizationId, counters);
        }
        return new ReceiptPostings(c, ids, lockedBonus, counters[0], counters[1], author, now);
    }

    private static long systemAccount(Connection c, long organizationId, SystemAccounts account) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id FROM account WHERE organization_id = ? AND code = ?")) {
            p.setLong(1, organizationId);
            p.setString(2, account.code());
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("Organization " + organizationId + " has no " + account.code());
                }
                return rs.getLong(1);
            }
        }
    }
}
