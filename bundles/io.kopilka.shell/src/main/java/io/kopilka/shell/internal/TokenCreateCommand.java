package io.kopilka.shell.internal;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.security.IssuedToken;
import io.kopilka.api.security.TokenKind;
import io.kopilka.api.security.TokenService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code kopilka:token-create}: issues a token and prints its secret, the only time it is shown. */
@Service
@Command(scope = "kopilka", name = "token-create", description = "Issue an API token (the secret is shown once)")
public class TokenCreateCommand extends KopilkaCommand {

    @Option(name = "--kind", required = true, description = "admin, terminal or application")
    String kind;

    @Option(name = "--terminal", description = "Terminal id, for a terminal token")
    Long terminal;

    @Argument(name = "name", required = true, description = "Who holds the token")
    String name;

    @Reference
    TokenService tokens;

    @Override
    protected void run() {
        TokenKind k;
        try {
            k = TokenKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "must be admin, terminal or application");
        }
        IssuedToken t = tokens.issue(organizationId(), k, terminal, name, ACTOR);
        out().println("Token " + t.info().id() + " (" + k + ", " + t.info().name() + ") issued. Secret, shown only now:");
        out().println(t.secret());
    }
}
