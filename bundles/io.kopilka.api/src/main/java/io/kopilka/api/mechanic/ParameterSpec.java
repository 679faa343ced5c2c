package io.kopilka.api.mechanic;

import java.math.BigDecimal;
import java.util.List;

/**
 * One parameter of a mechanic.
 *
 * @param defaultValue used when the parameter is left out (JSON-like: String, BigDecimal, Long, Boolean, List);
 *        {@code null} for none
 * @param min the smallest value of a number, or the fewest items of a list; {@code null} for no bound
 * @param max the largest value of a number, or the most items of a list; {@code null} for no bound
 * @param allowed the values of an {@link ParameterType#ENUM}
 * @param items the fields of each item of an {@link ParameterType#OBJECT_LIST}
 */
public record ParameterSpec(String name, ParameterType type, boolean required, String description,
        Object defaultValue, BigDecimal min, BigDecimal max, List<String> allowed, ParameterSchema items) {

    public static ParameterSpec required(String name, ParameterType type, String description) {
        return new ParameterSpec(name, type, true, description, null, null, null, List.of(), null);
    }

    public static ParameterSpec optional(String name, ParameterType type, String description, Object defaultValue) {
        return new ParameterSpec(name, type, false, description, defaultValue, null, null, List.of(), null);
    }

    /** This parameter bounded to {@code [min, max]} (either may be {@code null}). */
    public ParameterSpec range(BigDecimal min, BigDecimal max) {
        return new ParameterSpec(name, type, required, description, defaultValue, min, max, allowed, items);
    }

    /** This parameter as an enum of {@code values}. */
    public ParameterSpec allowing(String... values) {
        return new ParameterSpec(name, type, required, description, defaultValue, min, max, List.of(values), items);
    }

    /** This parameter as a list of objects of {@code schema}. */
    public ParameterSpec of(ParameterSchema schema) {
        return new ParameterSpec(name, type, required, description, defaultValue, min, max, allowed, schema);
    }
}
