package io.kopilka.pos.rkeeper.internal.events;

/** Why a notification body was rejected; the parser never throws, it answers with one of these. */
public enum ParseError {
    /** The body was empty. */
    EMPTY,
    /** The body is larger than the configured limit. */
    TOO_LARGE,
    /** The body declares a DOCTYPE; r_keeper's notifications never do, and DTDs are how XXE and entity bombs work. */
    DOCTYPE_FORBIDDEN,
    /** The body references an entity other than the five predefined ones. */
    ENTITY_FORBIDDEN,
    /** The body is not well-formed XML (or not in an encoding the parser knows). */
    MALFORMED,
    /** Elements are nested deeper than the configured limit. */
    TOO_DEEP,
    /** The body has more elements than the configured limit. */
    TOO_MANY_ELEMENTS,
    /** Well-formed XML whose root is not the notification element {@code <a>}. */
    NOT_A_NOTIFICATION,
    /** The notification has no {@code RestCode}, so it cannot be tied to a venue. */
    NO_RESTAURANT
}
