package io.kopilka.shell.internal;

import java.io.PrintStream;
import java.util.List;

import io.kopilka.api.Amounts;
import io.kopilka.api.account.AccountBalance;
import io.kopilka.api.account.AccountService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code kopilka:balance <guest>}: a guest's account balances. */
@Service
@Command(scope = "kopilka", name = "balance", description = "Show a guest's balances")
public class BalanceCommand extends KopilkaCommand {

    @Argument(name = "guest", required = true, description = "Guest id, phone, card number or QR token")
    String guest;

    @Reference
    AccountService accounts;

    @Override
    protected void run() {
        print(out(), accounts.balances(organizationId(), guestId(guest)));
    }

    static void print(PrintStream out, List<AccountBalance> balances) {
        ShellTable table = new ShellTable();
        for (String c : List.of("Account", "Balance", "Available", "Pending", "Expiring (30 d)", "Next expiry",
                "Credit limit")) {
            table.column(c);
        }
        for (AccountBalance b : balances) {
            table.addRow().addContent(b.type(), Amounts.toDecimal(b.balance()), Amounts.toDecimal(b.available()),
                    Amounts.toDecimal(b.pending()), Amounts.toDecimal(b.expiringSoon()),
                    b.nextExpiry() == null ? "" : b.nextExpiry(), Amounts.toDecimal(b.creditLimit()));
        }
        table.print(out);
    }
}
