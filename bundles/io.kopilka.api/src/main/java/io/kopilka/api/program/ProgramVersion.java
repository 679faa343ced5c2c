package io.kopilka.api.program;

import java.time.Instant;

/** One version of a program, kept for ever: receipts record which version they used. */
public record ProgramVersion(long programId, int version, ProgramDefinition definition, String author,
        Instant createdAt) {
}
