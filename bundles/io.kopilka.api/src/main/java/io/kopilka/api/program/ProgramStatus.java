package io.kopilka.api.program;

/** Whether a program takes part in processing. */
public enum ProgramStatus {
    /** Active and its mechanic is installed. */
    ACTIVE,
    /** Deactivated by a user. */
    INACTIVE,
    /** Active, but its mechanic's bundle is not installed: processing goes on without it until it is back. */
    MECHANIC_MISSING
}
