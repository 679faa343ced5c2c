package io.kopilka.core.internal.guest;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import io.kopilka.api.guest.PhoneNumbers;

/**
 * Identifier lookups in plain JDBC for the hot paths (receipt processing, card lookup): the identifier and its guest's
 * profile in one query per form the value may be stored in, with the same precedence as {@link Identifiers#find} (the
 * exact value, then as a card number, then as a phone).
 */
final class IdentifierRows {

    private static final String COLUMNS = "i.id, i.guest_id, i.id_type, i.id_value, i.status, i.created_at, "
            + "i.blocked_at, i.block_reason, g.organization_id, g.phone, g.name, g.gender, g.birth_date, g.email, "
            + "g.address, g.comment_text, g.registration_channel, g.source, g.created_at, g.updated_at";

    private static final String SELECT = "SELECT " + COLUMNS
            + " FROM identifier i JOIN guest g ON g.id = i.guest_id WHERE i.organization_id = ? AND i.id_value = ?";

    private IdentifierRows() {
    }

    /** An identifier with its guest. */
    record Found(IdentifierEntity identifier, GuestEntity guest) {
    }

    /**
     * One indexed probe per form, in order, until one matches (usually the first, so the other forms are not even
     * worked out). Not one query with {@code IN}: Derby probes an index with an IN list only on its leading column,
     * here the organization, so an IN list would scan the whole identifier table.
     */
    static Optional<Found> find(Connection c, long organizationId, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SELECT)) {
            Found found = probe(p, organizationId, value);
            String card = found == null ? IdentifierValues.asCardNumber(value) : null;
            if (found == null && card != null && !card.equals(value)) {
                found = probe(p, organizationId, card);
            }
            if (found == null && PhoneNumbers.isPhone(value)) {
                String phone = PhoneNumbers.normalize(value, "value");
                if (!phone.equals(value) && !phone.equals(card)) {
                    found = probe(p, organizationId, phone);
                }
            }
            return Optional.ofNullable(found);
        }
    }

    private static Found probe(PreparedStatement p, long organizationId, String form) throws SQLException {
        p.setLong(1, organizationId);
        p.setString(2, form);
        try (ResultSet rs = p.executeQuery()) {
            return rs.next() ? read(rs) : null;
        }
    }

    private static Found read(ResultSet rs) throws SQLException {
        IdentifierEntity i = new IdentifierEntity();
        i.id = rs.getLong(1);
        i.guestId = rs.getLong(2);
        i.type = rs.getString(3);
        i.value = rs.getString(4);
        i.status = rs.getString(5);
        i.createdAt = instant(rs.getTimestamp(6));
        i.blockedAt = instant(rs.getTimestamp(7));
        i.blockReason = rs.getString(8);
        GuestEntity g = new GuestEntity();
        g.id = i.guestId;
        g.organizationId = rs.getLong(9);
        i.organizationId = g.organizationId;
        g.phone = rs.getString(10);
        g.name = rs.getString(11);
        g.gender = rs.getString(12);
        Date birth = rs.getDate(13);
        g.birthDate = birth == null ? null : birth.toLocalDate();
        g.email = rs.getString(14);
        g.address = rs.getString(15);
        g.comment = rs.getString(16);
        g.registrationChannel = rs.getString(17);
        g.source = rs.getString(18);
        g.createdAt = instant(rs.getTimestamp(19));
        g.updatedAt = instant(rs.getTimestamp(20));
        return new Found(i, g);
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
