package io.kopilka.shell.internal;

import io.kopilka.api.account.AccountService;
import io.kopilka.api.guest.Guest;
import io.kopilka.api.guest.Identifier;
import io.kopilka.api.guest.IdentifierService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code kopilka:guest-show <guest>}: a guest's profile, identifiers and balances. */
@Service
@Command(scope = "kopilka", name = "guest-show", description = "Show a guest's profile, identifiers and balances")
public class GuestShowCommand extends KopilkaCommand {

    @Argument(name = "guest", required = true, description = "Guest id, phone, card number or QR token")
    String guest;

    @Reference
    IdentifierService identifiers;

    @Reference
    AccountService accounts;

    @Override
    protected void run() {
        long org = organizationId();
        Guest g = guests.get(org, guestId(guest));
        out().println("Guest " + g.id() + ": " + g.name());
        out().println("  phone      " + g.phone());
        out().println("  email      " + g.email());
        out().println("  birth date " + g.birthDate());
        out().println("  registered " + g.createdAt() + " via " + g.registrationChannel() + " (" + g.source() + ")");
        g.consents().forEach(c -> out().println("  consent    " + c.type() + " " + (c.granted() ? "given" : "withdrawn")
                + " " + c.at() + " via " + c.channel()));
        for (Identifier i : identifiers.list(org, g.id())) {
            out().println("  " + String.format("%-10s %s %s", i.type(), i.value(), i.active() ? "" : "(blocked)"));
        }
        BalanceCommand.print(out(), accounts.balances(org, g.id()));
    }
}
