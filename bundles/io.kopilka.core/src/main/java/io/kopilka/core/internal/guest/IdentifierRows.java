package io.kopilka.core.internal.guest;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.kopilka.api.guest.PhoneNumbers;

/**
 * Identifier lookups in plain JDBC for the hot paths (receipt processing, card lookup): the identifier and its guest's
 * profile in one query over every form the value may be stored in, with the same precedence as {@link Identifiers#find}
 * (the exact value, then as a card number, then as a phone).
 */
final class IdentifierRows {

    private static final String COLUMNS = "i.id, i.guest_id, i.id_type, i.id_value, i.status, i.created_at, "
            + "i.blocked_at, i.block_reason, g.organization_id, g.phone, g.name, g.gender, g.birth_date, g.email, "
            + "g.address, g.comment_text, g.registration_channel, g.source, g.created_at, g.updated_at";

    private IdentifierRows() {
    }

    /** An identifier with its guest. */
    record Found(IdentifierEntity identifier, GuestEntity guest) {
    }

    /** The stored forms a lookup value may match, in order of precedence. */
    static List<String> candidates(String value) {
        List<String> forms = new ArrayList<>(3);
        forms.add(value);
        String card = IdentifierValues.asCardNumber(value);
        if (card != null && !forms.contains(card)) {
            forms.add(card);
        }
        if (PhoneNumbers.isPhone(value)) {
            String phone = PhoneNumbers.normalize(value, "value");
            if (!forms.contains(phone)) {
                forms.add(phone);
            }
        }
        return forms;
    }

    static Optional<Found> find(Connection c, long organizationId, String value) throws SQLException {
        List<String> forms = candidates(value);
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
                .append(" FROM identifier i JOIN guest g ON g.id = i.guest_id WHERE i.organization_id = ? AND ");
        sql.append(forms.size() == 1 ? "i.id_value = ?" : forms.size() == 2 ? "i.id_value IN (?, ?)"
                : "i.id_value IN (?, ?, ?)");
        Found best = null;
        int bestRank = Integer.MAX_VALUE;
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            p.setLong(1, organizationId);
            for (int k = 0; k < forms.size(); k++) {
                p.setString(k + 2, forms.get(k));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Found f = read(rs);
                    int rank = forms.indexOf(f.identifier().value);
                    if (rank < bestRank) {
                        best = f;
                        bestRank = rank;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
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
