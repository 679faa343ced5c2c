package io.kopilka.shell.internal;

import io.kopilka.api.security.TokenService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code kopilka:token-revoke <id>}: revokes a token at once. */
@Service
@Command(scope = "kopilka", name = "token-revoke", description = "Revoke an API token")
public class TokenRevokeCommand extends KopilkaCommand {

    @Argument(name = "id", required = true, description = "Token id")
    long id;

    @Reference
    TokenService tokens;

    @Override
    protected void run() {
        tokens.revoke(organizationId(), id, ACTOR);
        out().println("Token " + id + " revoked");
    }
}
