package io.kopilka.api.security;

/**
 * The authenticated caller of an API operation, as its token describes it.
 *
 * @param tokenId the token's id
 * @param kind the token's kind
 * @param organizationId the organization the token acts for
 * @param venueId the venue of a terminal token, else {@code null}
 * @param terminalId the terminal of a terminal token, else {@code null}
 * @param name the token's name, recorded as author of what it does
 */
public record Caller(long tokenId, TokenKind kind, long organizationId, Long venueId, Long terminalId, String name) {

    /** A name for the ledger and audit log: kind and name. */
    public String author() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + name;
    }
}
