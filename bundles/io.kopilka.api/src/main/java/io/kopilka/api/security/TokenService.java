package io.kopilka.api.security;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Issues, authenticates, lists and revokes API tokens. Secrets are stored as SHA-256 hashes only. */
@ProviderType
public interface TokenService {

    /**
     * Issues a token.
     *
     * @param terminalId the terminal of a {@link TokenKind#TERMINAL} token; must be {@code null} for the other kinds
     * @param actor who issues it, for the audit log
     */
    IssuedToken issue(long organizationId, TokenKind kind, Long terminalId, String name, String actor);

    /** Issues a token with a given secret (a configured admin credential); the secret must be at least 24 characters. */
    IssuedToken issueWithSecret(long organizationId, TokenKind kind, Long terminalId, String name, String secret,
            String actor);

    /** The caller a bearer secret belongs to, if it is a known, unrevoked token. */
    Optional<Caller> authenticate(String secret);

    List<TokenInfo> list(long organizationId);

    /** Revokes a token; revoking a revoked token changes nothing. */
    TokenInfo revoke(long organizationId, long tokenId, String actor);
}
