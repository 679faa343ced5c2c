package io.kopilka.core.internal.processing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import io.kopilka.api.mechanic.GuestFacts;
import io.kopilka.core.internal.guest.GuestEntity;

/**
 * A guest's facts for mechanics, from {@code guest_stats} (read by the caller) and, for rolling windows, from the
 * stored receipts, read on the caller's connection while it is open.
 */
final class StoredGuestFacts implements GuestFacts {

    private final Connection c;
    private final GuestEntity guest;
    private final GuestStatsEntity stats;

    StoredGuestFacts(Connection c, GuestEntity guest, GuestStatsEntity stats) {
        this.c = c;
        this.guest = guest;
        this.stats = stats != null ? stats : new GuestStatsEntity();
    }

    @Override
    public long guestId() {
        return guest.id;
    }

    @Override
    public long purchases() {
        return stats.purchases;
    }

    @Override
    public long totalSpent() {
        return stats.totalSpent;
    }

    @Override
    public long spentSince(Instant from) {
        try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(SUM(total_amount - discount_amount "
                + "- refunded_amount), 0) FROM receipt WHERE guest_id = ? AND receipt_time >= ? "
                + "AND status = 'COMMITTED'")) {
            p.setLong(1, guest.id);
            p.setTimestamp(2, Timestamp.from(from));
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the guest's receipts: " + e.getMessage(), e);
        }
    }

    @Override
    public Instant lastPurchase() {
        return stats.lastPurchase;
    }

    @Override
    public LocalDate birthDate() {
        return guest.birthDate;
    }
}
