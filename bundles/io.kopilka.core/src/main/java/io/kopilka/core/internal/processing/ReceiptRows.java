package io.kopilka.core.internal.processing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.kopilka.api.processing.Calculation;
import io.kopilka.api.processing.Calculation.ProgramUse;
import io.kopilka.api.processing.PosContext;
import io.kopilka.api.processing.Receipt;
import io.kopilka.core.internal.db.IdBlocks;
import io.kopilka.core.internal.db.IdBlocks.Table;

/**
 * Receipt rows in plain JDBC for the commit's hot path: the replay check by terminal and receipt id, the guest's
 * statistics, and the receipt written once with its lines, program versions, accrual entries and result.
 */
final class ReceiptRows {

    private ReceiptRows() {
    }

    /** What a committed receipt needs to answer a replay. */
    record Booked(String posReceiptId, String requestHash, String resultJson) {
    }

    static Booked booked(Connection c, long terminalId, String posReceiptId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT request_hash, result_json FROM receipt "
                + "WHERE terminal_id = ? AND pos_receipt_id = ?")) {
            p.setLong(1, terminalId);
            p.setString(2, posReceiptId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? new Booked(posReceiptId, rs.getString(1), rs.getString(2)) : null;
            }
        }
    }

    /** The guest's statistics row, or {@code null} before the first purchase. */
    static GuestStatsEntity stats(Connection c, long guestId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT purchases, total_spent, last_purchase FROM guest_stats WHERE guest_id = ?")) {
            p.setLong(1, guestId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                GuestStatsEntity s = new GuestStatsEntity();
                s.guestId = guestId;
                s.purchases = rs.getLong(1);
                s.totalSpent = rs.getLong(2);
                Timestamp last = rs.getTimestamp(3);
                s.lastPurchase = last == null ? null : last.toInstant();
                return s;
            }
        }
    }

    /** Counts one purchase of {@code spent} in the guest's statistics ({@code known}: the row read in this transaction). */
    static void countPurchase(Connection c, long guestId, GuestStatsEntity known, long spent, Instant time)
            throws SQLException {
        if (known != null) {
            try (PreparedStatement p = c.prepareStatement("UPDATE guest_stats SET purchases = purchases + 1, "
                    + "total_spent = total_spent + ?, last_purchase = ? WHERE guest_id = ?")) {
                p.setLong(1, spent);
                Instant last = known.lastPurchase == null || time.isAfter(known.lastPurchase) ? time
                        : known.lastPurchase;
                p.setTimestamp(2, Timestamp.from(last));
                p.setLong(3, guestId);
                p.executeUpdate();
            }
            return;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO guest_stats (guest_id, purchases, total_spent, "
                + "last_purchase) VALUES (?, 1, ?, ?)")) {
            p.setLong(1, guestId);
            p.setLong(2, spent);
            p.setTimestamp(3, Timestamp.from(time));
            p.executeUpdate();
        }
    }

    /** Writes the receipt {@code id} with everything it booked and its result. */
    static void insert(Connection c, IdBlocks ids, long id, PosContext pos, Receipt r, String hash, Long guestId,
            EvaluationState state, Calculation calc, Long redemptionEntry, List<Long> accrualEntries,
            String resultJson, Instant now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO receipt (id, organization_id, venue_id, "
                + "terminal_id, pos_receipt_id, request_hash, guest_id, receipt_time, cashier, total_amount, "
                + "discount_amount, redemption_amount, accrual_amount, refunded_amount, status, redemption_entry_id, "
                + "result_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'COMMITTED', ?, ?, ?)")) {
            p.setLong(1, id);
            p.setLong(2, pos.organizationId());
            p.setLong(3, pos.venueId());
            p.setLong(4, pos.terminalId());
            p.setString(5, r.receiptId());
            p.setString(6, hash);
            p.setObject(7, guestId);
            p.setTimestamp(8, Timestamp.from(r.time()));
            p.setString(9, r.cashier());
            p.setLong(10, calc.total());
            p.setLong(11, calc.discount());
            p.setLong(12, calc.redemption());
            p.setLong(13, calc.accrual());
            p.setObject(14, redemptionEntry);
            p.setString(15, resultJson);
            p.setTimestamp(16, Timestamp.from(now));
            p.executeUpdate();
        }
        lines(c, ids, id, state);
        links(c, id, calc, accrualEntries);
    }

    /** The program versions the receipt used and the accrual entries it booked. */
    private static void links(Connection c, long id, Calculation calc, List<Long> accrualEntries) throws SQLException {
        if (!calc.programs().isEmpty()) {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO receipt_program (receipt_id, program_id, version) VALUES (?, ?, ?)")) {
                for (ProgramUse use : calc.programs()) {
                    p.setLong(1, id);
                    p.setLong(2, use.programId());
                    p.setInt(3, use.version());
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
        if (!accrualEntries.isEmpty()) {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO receipt_accrual (receipt_id, entry_id, program_id) VALUES (?, ?, ?)")) {
                for (int i = 0; i < accrualEntries.size(); i++) {
                    p.setLong(1, id);
                    p.setLong(2, accrualEntries.get(i));
                    p.setLong(3, calc.accruals().get(i).programId());
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
    }

    private static void lines(Connection c, IdBlocks ids, long receiptId, EvaluationState state) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO receipt_line (id, receipt_id, line_id, sku, name, "
                + "groups_text, quantity, price, amount, discount, redemption, refunded) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (LineState l : state.lines.values()) {
                p.setLong(1, ids.next(Table.RECEIPT_LINE));
                p.setLong(2, receiptId);
                p.setString(3, l.line.lineId());
                p.setString(4, l.line.sku());
                p.setString(5, l.line.name());
                p.setString(6, String.join(",", l.line.groups()));
                p.setBigDecimal(7, l.line.quantity());
                p.setLong(8, l.line.price());
                p.setLong(9, l.line.amount());
                p.setLong(10, l.discount);
                p.setLong(11, l.redemption);
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
