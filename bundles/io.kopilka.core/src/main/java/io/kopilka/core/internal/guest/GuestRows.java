package io.kopilka.core.internal.guest;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
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
            + "c.consent_type, c.granted, c.given_at, c.channel FROM guest_consent c WHERE c.guest_id = ?";

    private GuestRows() {
    }

    static Guest toApi(Connection c, GuestEntity g) throws SQLException {
        List<Row<Relative>> relatives = new ArrayList<>();
        List<Row<Consent>> consents = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(DETAILS)) {
            p.setLong(1, g.id);
            p.setLong(2, g.id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(1) == 0) {
                        Date birth = rs.getDate(6);
                        relatives.add(new Row<>(rs.getInt(2), rs.getLong(3), new Relative(rs.getString(4),
                                rs.getString(5), birth == null ? null : birth.toLocalDate())));
                    } else {
                        String type = rs.getString(7);
                        consents.add(new Row<>(0, rs.getLong(3), new Consent(ConsentType.valueOf(type),
                                rs.getShort(8) != 0, IdentifierRows.instant(rs.getTimestamp(9)), rs.getString(10))));
                    }
                }
            }
        }
        return new Guest(g.id, g.organizationId, g.phone, g.name, g.gender == null ? null : Gender.valueOf(g.gender),
                g.birthDate, Row.sorted(relatives), g.email, g.address, g.comment, currentConsents(consents),
                g.registrationChannel, g.source, g.createdAt, g.updatedAt);
    }

    /** The latest consent of each type, types in the order they were first given. */
    private static List<Consent> currentConsents(List<Row<Consent>> rows) {
        Map<ConsentType, Consent> current = new LinkedHashMap<>();
        for (Consent consent : Row.sorted(rows)) {
            current.put(consent.type(), consent);
        }
        return new ArrayList<>(current.values());
    }

    /**
     * A detail row with the keys it is ordered by. The query does not sort: a Derby sort, even of a few rows, cost
     * more than the two index scans of the query together (flight recording of the card lookup).
     */
    private record Row<T>(int position, long id, T value) {

        static <T> List<T> sorted(List<Row<T>> rows) {
            rows.sort(Comparator.comparingInt((Row<T> r) -> r.position).thenComparingLong(r -> r.id));
            List<T> values = new ArrayList<>(rows.size());
            rows.forEach(r -> values.add(r.value));
            return values;
        }
    }
}
