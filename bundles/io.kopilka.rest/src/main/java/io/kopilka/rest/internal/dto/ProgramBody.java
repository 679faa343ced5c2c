package io.kopilka.rest.internal.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.kopilka.api.program.LineFilter;
import io.kopilka.api.program.ProgramDefinition;

/** A program as JSON: the mechanic's parameters are checked against its schema. */
public record ProgramBody(String mechanic, String name, Integer priority, Boolean exclusive, Instant validFrom,
        Instant validTo, List<Long> venueIds, LineFilter filter, Map<String, Object> parameters) {

    public ProgramDefinition toDefinition() {
        return new ProgramDefinition(mechanic, name, priority == null ? 0 : priority, Boolean.TRUE.equals(exclusive),
                validFrom, validTo, venueIds, filter, parameters);
    }
}
