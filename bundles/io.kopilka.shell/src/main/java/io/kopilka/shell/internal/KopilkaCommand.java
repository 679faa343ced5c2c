package io.kopilka.shell.internal;

import java.io.PrintStream;
import java.util.List;

import io.kopilka.api.KopilkaException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.guest.GuestService;
import io.kopilka.api.org.Organization;
import io.kopilka.api.org.OrganizationService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;

/**
 * The common part of the {@code kopilka:} commands: the organization they act on ({@code --org}, by default the only
 * or first one), the console to print to, and errors a user can cause shown as one clear line instead of a trace.
 */
public abstract class KopilkaCommand implements Action {

    /** Who shell actions are recorded as in the ledger and audit log. */
    static final String ACTOR = "shell:karaf";

    @Reference
    OrganizationService organizations;

    @Reference
    GuestService guests;

    @Reference
    Session session;

    @Option(name = "--org", description = "Organization id (default: the first organization)")
    Long org;

    @Override
    public final Object execute() throws Exception {
        try {
            run();
        } catch (KopilkaException e) {
            out().println("Error: " + (e.field() == null ? "" : e.field() + ": ") + e.getMessage());
        }
        return null;
    }

    /** The command's own work. */
    protected abstract void run() throws Exception;

    protected PrintStream out() {
        return session.getConsole();
    }

    protected long organizationId() {
        if (org != null) {
            return org;
        }
        List<Organization> all = organizations.organizations();
        if (all.isEmpty()) {
            throw new NotFoundException("org", "there is no organization yet");
        }
        return all.get(0).id();
    }

    /** A guest id, or any identifier value (phone, card, QR) resolved to its guest's id. */
    protected long guestId(String idOrIdentifier) {
        return guests.lookup(organizationId(), idOrIdentifier).map(m -> m.guest().id()).orElseGet(() -> {
            try {
                return Long.parseLong(idOrIdentifier);
            } catch (NumberFormatException e) {
                throw new NotFoundException("guest", "no guest with id or identifier " + idOrIdentifier);
            }
        });
    }
}
