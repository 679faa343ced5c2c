package io.kopilka.shell.internal;

import io.kopilka.api.security.TokenInfo;
import io.kopilka.api.security.TokenService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code kopilka:token-list}: the organization's tokens, never their secrets. */
@Service
@Command(scope = "kopilka", name = "token-list", description = "List API tokens")
public class TokenListCommand extends KopilkaCommand {

    @Reference
    TokenService tokens;

    @Override
    protected void run() {
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Id", "Kind", "Name", "Terminal", "Starts with", "Created", "Revoked"}) {
            table.column(c);
        }
        for (TokenInfo t : tokens.list(organizationId())) {
            table.addRow().addContent(t.id(), t.kind(), t.name(), t.terminalId() == null ? "" : t.terminalId(),
                    t.prefix() + "...", t.createdAt(), t.revokedAt() == null ? "" : t.revokedAt());
        }
        table.print(out());
    }
}
