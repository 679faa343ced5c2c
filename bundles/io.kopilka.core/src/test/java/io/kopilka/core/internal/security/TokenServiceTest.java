package io.kopilka.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.org.Terminal;
import io.kopilka.api.org.Venue;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.IssuedToken;
import io.kopilka.api.security.TokenKind;
import io.kopilka.core.internal.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenServiceTest {

    private static Fixture f;

    @BeforeAll
    static void open() {
        f = new Fixture("tokens");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void issuedTokensAuthenticateAndAreStoredHashedOnly() throws Exception {
        IssuedToken t = f.tokens.issue(f.org.id(), TokenKind.APPLICATION, null, "site", "admin:test");
        assertTrue(t.secret().startsWith("kpk_"));
        Caller c = f.tokens.authenticate(t.secret()).orElseThrow();
        assertEquals(TokenKind.APPLICATION, c.kind());
        assertEquals(f.org.id(), c.organizationId());
        try (Connection con = f.db.dataSource().getConnection(); Statement s = con.createStatement();
                ResultSet rs = s.executeQuery("SELECT secret_hash FROM api_token WHERE id = " + t.info().id())) {
            rs.next();
            assertEquals(Secrets.hash(t.secret()), rs.getString(1));
            assertFalse(rs.getString(1).contains(t.secret()));
        }
        assertTrue(f.tokens.authenticate(t.secret() + "x").isEmpty());
        assertTrue(f.tokens.authenticate("").isEmpty());
        assertTrue(f.audit.recent(f.org.id(), 5).stream().anyMatch(a -> a.action().equals("token.issue")));
    }

    @Test
    void terminalTokensAreBoundToTheirTerminalAndVenue() {
        Venue v = f.organizations.createVenue(f.org.id(), "77", "Cafe");
        Terminal term = f.organizations.createTerminal(v.id(), "3", "Bar");
        Caller c = f.tokens.authenticate(f.tokens.issue(f.org.id(), TokenKind.TERMINAL, term.id(), "bar", "t")
                .secret()).orElseThrow();
        assertEquals(term.id(), c.terminalId());
        assertEquals(v.id(), c.venueId());
        assertThrows(InvalidInputException.class, () -> f.tokens.issue(f.org.id(), TokenKind.TERMINAL, null, "x", "t"));
        assertThrows(InvalidInputException.class,
                () -> f.tokens.issue(f.org.id(), TokenKind.ADMIN, term.id(), "x", "t"));
        long other = f.organizations.createOrganization("Other").id();
        assertThrows(NotFoundException.class, () -> f.tokens.issue(other, TokenKind.TERMINAL, term.id(), "x", "t"));
    }

    @Test
    void revokedTokensStopWorkingAtOnce() {
        IssuedToken t = f.tokens.issue(f.org.id(), TokenKind.ADMIN, null, "temp", "t");
        assertTrue(f.tokens.authenticate(t.secret()).isPresent());
        assertFalse(f.tokens.revoke(f.org.id(), t.info().id(), "t").active());
        assertTrue(f.tokens.authenticate(t.secret()).isEmpty());
        assertTrue(f.tokens.list(f.org.id()).stream().anyMatch(i -> i.id() == t.info().id() && !i.active()));
    }

    @Test
    void configuredSecretsMustBeLong() {
        assertEquals("secret", assertThrows(InvalidInputException.class, () -> f.tokens.issueWithSecret(f.org.id(),
                TokenKind.ADMIN, null, "admin", "short", "t")).field());
        String secret = "a-configured-admin-secret-of-enough-length";
        f.tokens.issueWithSecret(f.org.id(), TokenKind.ADMIN, null, "admin", secret, "t");
        assertTrue(f.tokens.authenticate(secret).isPresent());
    }
}
