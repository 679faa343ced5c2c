package io.kopilka.api.program;

import io.kopilka.api.mechanic.ParameterSchema;

/** An installed mechanic and the parameters its programs take. */
public record MechanicInfo(String id, ParameterSchema schema) {
}
