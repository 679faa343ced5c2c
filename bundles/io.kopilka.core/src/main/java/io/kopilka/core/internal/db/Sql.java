package io.kopilka.core.internal.db;

import java.sql.Connection;
import java.sql.SQLException;

/** The few SQL phrases the hand-written queries need that differ between the supported databases. */
public final class Sql {

    private static volatile String lockClause;

    private Sql() {
    }

    /**
     * What makes a single-table SELECT lock its rows to the end of the transaction: {@code FOR UPDATE WITH RS} on
     * Derby (as EclipseLink's pessimistic lock; at read committed a plain FOR UPDATE lets go when the cursor moves on),
     * {@code FOR UPDATE} elsewhere.
     */
    public static String lockClause(Connection c) throws SQLException {
        String clause = lockClause;
        if (clause == null) {
            boolean derby = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                    .contains("derby");
            clause = derby ? " FOR UPDATE WITH RS" : " FOR UPDATE";
            lockClause = clause;
        }
        return clause;
    }
}
