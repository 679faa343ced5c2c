package io.kopilka.api.program;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a program is: a mechanic with parameters, and when, where and on what it applies.
 *
 * @param priority programs run highest priority first in each phase
 * @param exclusive when it gives anything in a phase, the programs after it give nothing in that phase
 * @param validFrom from when it applies; {@code null}: always
 * @param validTo until when (exclusive); {@code null}: no end
 * @param venueIds the venues it applies in; empty: all of the organization's venues
 * @param parameters the mechanic's parameters as JSON values, validated against its schema
 */
public record ProgramDefinition(String mechanic, String name, int priority, boolean exclusive, Instant validFrom,
        Instant validTo, List<Long> venueIds, LineFilter filter, Map<String, Object> parameters) {

    public ProgramDefinition {
        venueIds = venueIds == null ? List.of() : List.copyOf(venueIds);
        filter = filter == null ? LineFilter.ALL : filter;
        parameters = parameters == null ? Map.of() : parameters;
    }
}
