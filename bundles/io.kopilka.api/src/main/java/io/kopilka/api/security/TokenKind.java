package io.kopilka.api.security;

/** Who holds an API token. */
public enum TokenKind {
    /** The organization's administrator: everything within the organization. */
    ADMIN,
    /** One POS terminal of one venue. */
    TERMINAL,
    /** An external system: a web site, an app, a delivery service. */
    APPLICATION
}
