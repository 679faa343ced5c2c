package io.kopilka.api.program;

import java.time.Instant;

/** A program as stored: its current version's definition and its status. */
public record Program(long id, long organizationId, int version, boolean active, ProgramStatus status,
        ProgramDefinition definition, Instant createdAt, Instant updatedAt) {
}
