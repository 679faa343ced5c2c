package io.kopilka.shell.internal;

import io.kopilka.api.org.Organization;
import io.kopilka.api.org.Terminal;
import io.kopilka.api.org.Venue;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code kopilka:org-list}: organizations with their venues (and venue codes) and terminals. */
@Service
@Command(scope = "kopilka", name = "org-list", description = "List organizations, venues and terminals")
public class OrgListCommand extends KopilkaCommand {

    @Override
    protected void run() {
        for (Organization o : organizations.organizations()) {
            out().println("Organization " + o.id() + ": " + o.name());
            for (Venue v : organizations.venues(o.id())) {
                out().println("  venue " + v.id() + " code " + v.code() + ": " + v.name());
                for (Terminal t : organizations.terminals(v.id())) {
                    out().println("    terminal " + t.id() + " code " + t.code() + ": " + t.name());
                }
            }
        }
    }
}
