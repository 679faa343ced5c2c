package io.kopilka.api.mechanic;

import java.util.List;

/** The parameters of a mechanic, or of the items of a list parameter. */
public record ParameterSchema(List<ParameterSpec> parameters) {

    public ParameterSchema {
        parameters = List.copyOf(parameters);
    }

    public static ParameterSchema of(ParameterSpec... parameters) {
        return new ParameterSchema(List.of(parameters));
    }
}
