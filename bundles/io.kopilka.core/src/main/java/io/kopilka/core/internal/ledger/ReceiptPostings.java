package io.kopilka.core.internal.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.kopilka.api.account.AccountType;
import io.kopilka.api.account.BonusLot;
import io.kopilka.api.account.LotMovement;
import io.kopilka.api.account.OperationType;
import io.kopilka.core.internal.db.IdBlocks;
import io.kopilka.core.internal.db.IdBlocks.Table;
import io.kopilka.core.internal.text.Texts;

/**
 * The ledger writes of one receipt commit, in plain JDBC on the commit transaction's connection: the REDEEM and
 * ACCRUE entries are collected with their postings, lots and lot movements exactly as {@link Operations} books them,
 * then written by {@link #write} in a few batches in foreign-key order, with the guest's cached bonus balance moved by
 * the same amount. The caller holds the lock on the bonus account ({@link LedgerRows#lockBonus}).
 */
public final class ReceiptPostings {

    private final Connection c;
    private final IdBlocks ids;
    private final AccountEntity bonus;
    private final long systemIssued;
    private final long systemRedeemed;
    private final String author;
    private final Instant now;
    private final List<Object[]> entries = new ArrayList<>();
    private final List<Object[]> postings = new ArrayList<>();
    private final List<Object[]> lots = new ArrayList<>();
    private final List<Object[]> movements = new ArrayList<>();
    private final List<LotMovement> debits = new ArrayList<>();
    private long delta;

    ReceiptPostings(Connection c, IdBlocks ids, AccountEntity bonus, long systemIssued, long systemRedeemed,
            String author, Instant now) {
        this.c = c;
        this.ids = ids;
        this.bonus = bonus;
        this.systemIssued = systemIssued;
        this.systemRedeemed = systemRedeemed;
        this.author = author;
        this.now = now;
    }

    /** Takes {@code amount} points from the open lots, soonest expiry first; returns the entry's id. */
    public long redeem(List<BonusLot> openLots, long amount, String key, String reason) {
        List<LotMovement> taken = LotAllocator.consume(openLots, amount, now);
        long entry = entry(OperationType.REDEEM, -amount, key, reason, null,
                Fingerprint.of(bonus.guestId, OperationType.REDEEM, amount, reason, null, null, null));
        postings.add(new Object[] {ids.next(Table.POSTING), entry, systemRedeemed, amount});
        for (LotMovement m : taken) {
            movements.add(new Object[] {ids.next(Table.LOT_MOVEMENT), entry, m.lotId(), m.amount()});
            debits.add(m);
        }
        return entry;
    }

    /** Credits a new lot of {@code amount} points; returns the entry's id. */
    public long accrue(long amount, String key, String reason, String comment, Instant activatesAt,
            Instant expiresAt) {
        long entry = entry(OperationType.ACCRUE, amount, key, reason, comment, Fingerprint.of(bonus.guestId,
                OperationType.ACCRUE, amount, reason, comment, activatesAt, expiresAt));
        postings.add(new Object[] {ids.next(Table.POSTING), entry, systemIssued, -amount});
        long lot = ids.next(Table.BONUS_LOT);
        lots.add(new Object[] {lot, bonus.id, amount, amount, ts(Objects.requireNonNullElse(activatesAt, now)),
            ts(expiresAt), entry});
        movements.add(new Object[] {ids.next(Table.LOT_MOVEMENT), entry, lot, amount});
        return entry;
    }

    private long entry(OperationType type, long amount, String key, String reason, String comment, String hash) {
        long id = ids.next(Table.JOURNAL_ENTRY);
        delta += amount;
        entries.add(new Object[] {id, bonus.organizationId, bonus.guestId, type.name(), AccountType.BONUS.name(),
            amount, bonus.balance + delta, Texts.optional(reason, "reason", 500),
            Texts.optional(comment, "comment", 2000), author, key, hash, ts(now)});
        postings.add(new Object[] {ids.next(Table.POSTING), id, bonus.id, amount});
        return id;
    }

    /**
     * Writes what was collected, then moves every open lot expiring before {@code extendTo} (if not null) to expire
     * then, as {@link ReceiptLedger#extendExpiry} does.
     */
    public void write(Instant extendTo) throws SQLException {
        batch("INSERT INTO journal_entry (id, organization_id, guest_id, entry_type, account_type, amount, "
                + "balance_after, reason, comment_text, author, idempotency_key, request_hash, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries);
        batch("INSERT INTO bonus_lot (id, account_id, initial_amount, remaining, activates_at, expires_at, "
                + "source_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?)", lots);
        batch("INSERT INTO posting (id, entry_id, account_id, amount) VALUES (?, ?, ?, ?)", postings);
        batch("INSERT INTO lot_movement (id, entry_id, lot_id, amount) VALUES (?, ?, ?, ?)", movements);
        List<Object[]> lotChanges = new ArrayList<>();
        debits.forEach(m -> lotChanges.add(new Object[] {m.amount(), m.lotId()}));
        batch("UPDATE bonus_lot SET remaining = remaining + ? WHERE id = ?", lotChanges);
        if (delta != 0) {
            batch("UPDATE account SET balance = balance + ? WHERE id = ?", List.<Object[]>of(new Object[] {delta,
                bonus.id}));
            bonus.balance += delta;
        }
        if (extendTo != null) {
            batch("UPDATE bonus_lot SET expires_at = ? WHERE account_id = ? AND remaining > 0 "
                    + "AND expires_at IS NOT NULL AND expires_at < ?", List.<Object[]>of(new Object[] {ts(extendTo),
                        bonus.id, ts(extendTo)}));
        }
    }

    private void batch(String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int k = 0; k < row.length; k++) {
                    p.setObject(k + 1, row[k]);
                }
                if (rows.size() == 1) {
                    p.executeUpdate();
                } else {
                    p.addBatch();
                }
            }
            if (rows.size() > 1) {
                p.executeBatch();
            }
        }
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
