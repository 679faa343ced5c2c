package io.kopilka.core.internal.ledger;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import io.kopilka.api.account.LedgerCheckReport;

/**
 * Proves the ledger from its rows: every entry's postings sum to zero; every guest account's cached balance equals the
 * sum of its postings; every lot's remaining equals the sum of its movements, is not below zero nor above what it
 * started with; every bonus account's balance equals what its lots hold; and every receipt line belongs to a stored
 * receipt (a line has no foreign key to its receipt since schema version 8, to keep commits cheap). Scoped to one
 * organization on request, except the receipt-line check, which is global (the organization id is a number, never
 * caller text, so it is safe to put into the SQL). Sums are taken over
 * {@code COALESCE(x, 0)}: summing the NULLs of a LEFT JOIN makes Derby append a warning per group to a chain it walks
 * to the end each time, which made the check quadratic in the number of accounts.
 */
final class LedgerChecker {

    private static final int MAX_PROBLEMS = 100;

    private LedgerChecker() {
    }

    static LedgerCheckReport check(EntityManager em, Long organizationId) {
        String e = organizationId == null ? "" : " AND e.organization_id = " + organizationId;
        String a = organizationId == null ? "" : " AND a.organization_id = " + organizationId;
        List<String> problems = new ArrayList<>();
        for (Object[] r : rows(em, "SELECT p.entry_id, SUM(p.amount) FROM posting p JOIN journal_entry e "
                + "ON e.id = p.entry_id WHERE 1 = 1" + e
                + " GROUP BY p.entry_id "
                + "HAVING SUM(p.amount) <> 0")) {
            problems.add("entry " + r[0] + " is unbalanced: postings sum to " + r[1]);
        }
        for (Object[] r : rows(em, "SELECT e.id FROM journal_entry e WHERE NOT EXISTS "
                + "(SELECT 1 FROM posting p WHERE p.entry_id = e.id)" + e)) {
            problems.add("entry " + r[0] + " has no postings");
        }
        for (Object[] r : rows(em, "SELECT a.id, a.code, a.balance, SUM(COALESCE(p.amount, 0)) FROM account a "
                + "LEFT JOIN posting p ON p.account_id = a.id WHERE a.account_type <> 'SYSTEM'" + a + " "
                + "GROUP BY a.id, a.code, a.balance HAVING a.balance <> SUM(COALESCE(p.amount, 0))")) {
            problems.add("account " + r[1] + " caches balance " + r[2] + " but its postings sum to " + r[3]);
        }
        for (Object[] r : rows(em, "SELECT l.id, l.remaining, l.initial_amount, SUM(COALESCE(m.amount, 0)) "
                + "FROM bonus_lot l JOIN account a ON a.id = l.account_id LEFT JOIN lot_movement m ON m.lot_id = l.id "
                + "WHERE 1 = 1" + a + " "
                + "GROUP BY l.id, l.remaining, l.initial_amount HAVING l.remaining <> SUM(COALESCE(m.amount, 0)) "
                + "OR l.remaining < 0 OR l.remaining > l.initial_amount")) {
            problems.add("lot " + r[0] + " holds " + r[1] + " of " + r[2] + " but its movements sum to " + r[3]);
        }
        for (Object[] r : rows(em, "SELECT a.id, a.code, a.balance, SUM(COALESCE(l.remaining, 0)) FROM account a "
                + "LEFT JOIN bonus_lot l ON l.account_id = a.id WHERE a.account_type = 'BONUS'" + a + " "
                + "GROUP BY a.id, a.code, a.balance HAVING a.balance <> SUM(COALESCE(l.remaining, 0))")) {
            problems.add("account " + r[1] + " has balance " + r[2] + " but its lots hold " + r[3]);
        }
        for (Object[] r : rows(em, "SELECT DISTINCT l.receipt_id FROM receipt_line l WHERE NOT EXISTS "
                + "(SELECT 1 FROM receipt r WHERE r.id = l.receipt_id)")) {
            problems.add("receipt lines of receipt " + r[0] + " have no receipt");
        }
        long entries = count(em, "SELECT COUNT(*) FROM journal_entry e WHERE 1 = 1" + e);
        long accounts = count(em, "SELECT COUNT(*) FROM account a WHERE 1 = 1" + a);
        long lots = count(em, "SELECT COUNT(*) FROM bonus_lot l JOIN account a ON a.id = l.account_id "
                + "WHERE 1 = 1" + a);
        return new LedgerCheckReport(entries, accounts, lots,
                problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
    }

    private static List<Object[]> rows(EntityManager em, String sql) {
        List<?> raw = em.createNativeQuery(sql).getResultList();
        List<Object[]> result = new ArrayList<>();
        for (Object o : raw) {
            result.add(o instanceof Object[] arr ? arr : new Object[] {o});
        }
        return result;
    }

    private static long count(EntityManager em, String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
