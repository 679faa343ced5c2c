package io.kopilka.core.internal.guest;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kopilka.api.guest.Consent;
import io.kopilka.api.guest.ConsentType;
import io.kopilka.api.guest.Gender;
import io.kopilka.api.guest.Guest;
import io.kopilka.api.guest.Relative;

/**
 * Turns one stored guest into an API guest in plain JDBC, with its relatives and current consents read in one query
 * (the same answer as {@link GuestMapper}, for the card lookup's hot path).
 */
final class GuestRows {

    private static final String DETAILS = "SELECT 0, r.position_no, r.id, r.name, r.relation, r.birth_date, "
            + "CAST(NULL AS VARCHAR(32)), CAST(NULL AS SMALLINT), CAST(NULL AS TIMESTAMP), CAST(NULL AS VARCHAR(64)) "
            + "FROM guest_relative r WHERE r.guest_id = ? UNION ALL "
            + "SELECT 1, 0, c.id, CAST(NULL AS VARCHAR(200)), CAST(NULL AS VARCHAR(64)), CAST(NULL AS DATE), "
            + "c.consent_type, c.granted, c.given_at, c.channel FROM guest_consent c WHERE c.guest_id = ? "
            + "ORDER BY 1, 2, 3";

    private GuestRows() {
    }

    static Guest toApi(Connection c, GuestEntity g) throws SQLException {
        List<Relative> relatives = new ArrayList<>();
        Map<String, Consent> consents = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(DETAILS)) {
            p.setLong(1, g.id);
            p.setLong(2, g.id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(1) == 0) {
                        Date birth = rs.getDate(6);
                        relatives.add(new Relative(rs.getString(4), rs.getString(5),
                                birth == null ? null : birth.toLocalDate()));
                    } else {
                        String type = rs.getString(7);
                        consents.put(type, new Consent(ConsentType.valueOf(type), rs.getShort(8) != 0,
                                IdentifierRows.instant(rs.getTimestamp(9)), rs.getString(10)));
                    }
                }
            }
        }
        return new Guest(g.id, g.organizationId, g.phone, g.name, g.gender == null ? null : Gender.valueOf(g.gender),
                g.birthDate, relatives, g.email, g.address, g.comment, new ArrayList<>(consents.values()),
                g.registrationChannel, g.source, g.createdAt, g.updatedAt);
    }
}
