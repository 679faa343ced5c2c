package io.kopilka.api.guest;

/** Whether an identifier may be used. */
public enum IdentifierStatus {
    ACTIVE,
    /** Lost or withdrawn: lookups report it as blocked; its value is never given to anyone else. */
    BLOCKED
}
