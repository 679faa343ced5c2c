package io.kopilka.shell.internal;

import io.kopilka.api.Page;
import io.kopilka.api.guest.Guest;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code kopilka:guest-list [query]}: guests, newest first, found by name, phone or identifier. */
@Service
@Command(scope = "kopilka", name = "guest-list", description = "List guests, newest first")
public class GuestListCommand extends KopilkaCommand {

    @Argument(name = "query", description = "Part of a name or phone, or an identifier value")
    String query;

    @Option(name = "--page", description = "Page number, from 0")
    int page;

    @Option(name = "--size", description = "Page size")
    int size = 50;

    @Override
    protected void run() {
        Page<Guest> found = guests.search(organizationId(), query, page, size);
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Phone");
        table.column("Registered");
        for (Guest g : found.items()) {
            table.addRow().addContent(g.id(), g.name(), g.phone(), g.createdAt());
        }
        table.print(out());
        out().println(found.items().size() + " of " + found.total() + " guests");
    }
}
