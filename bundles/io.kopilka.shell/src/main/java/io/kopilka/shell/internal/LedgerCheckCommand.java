package io.kopilka.shell.internal;

import io.kopilka.api.account.AccountService;
import io.kopilka.api.account.LedgerCheckReport;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code kopilka:ledger-check}: proves cached balances and lots equal the ledger; lists any violation. */
@Service
@Command(scope = "kopilka", name = "ledger-check", description = "Check that balances and lots equal the ledger")
public class LedgerCheckCommand extends KopilkaCommand {

    @Reference
    AccountService accounts;

    @Override
    protected void run() {
        LedgerCheckReport r = accounts.check();
        out().println("Checked " + r.entries() + " entries, " + r.accounts() + " accounts, " + r.lots() + " lots");
        if (r.consistent()) {
            out().println("Ledger consistent");
        } else {
            out().println("LEDGER INCONSISTENT:");
            r.problems().forEach(p -> out().println("  " + p));
        }
    }
}
