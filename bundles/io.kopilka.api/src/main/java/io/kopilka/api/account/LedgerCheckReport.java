package io.kopilka.api.account;

import java.util.List;

/**
 * What the ledger check found.
 *
 * @param problems one line per violation (an unbalanced entry, a cached balance that differs from the ledger, a lot
 *        below zero); empty when the ledger is consistent
 */
public record LedgerCheckReport(long entries, long accounts, long lots, List<String> problems) {

    public LedgerCheckReport {
        problems = List.copyOf(problems);
    }

    public boolean consistent() {
        return problems.isEmpty();
    }
}
