package io.kopilka.core.internal.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.mechanic.ParameterSchema;
import io.kopilka.api.mechanic.ParameterSpec;
import io.kopilka.api.mechanic.Parameters;

/**
 * Checks a program's parameters (JSON values) against its mechanic's schema and turns them into typed
 * {@link Parameters}: unknown names, missing required ones, wrong types and values out of range are refused with the
 * path of the offending value ({@code parameters.levels[1].threshold}).
 */
public final class ParameterValidator {

    private ParameterValidator() {
    }

    public static Parameters validate(ParameterSchema schema, Map<String, Object> raw, String path) {
        Map<String, Object> values = raw == null ? Map.of() : raw;
        Map<String, ParameterSpec> specs = new LinkedHashMap<>();
        schema.parameters().forEach(p -> specs.put(p.name(), p));
        for (String name : values.keySet()) {
            if (!specs.containsKey(name)) {
                throw new InvalidInputException(path + "." + name, "unknown parameter; known: " + specs.keySet());
            }
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        for (ParameterSpec spec : specs.values()) {
            Object value = values.get(spec.name());
            String at = path + "." + spec.name();
            if (value == null) {
                if (spec.required()) {
                    throw new InvalidInputException(at, "is required");
                }
                if (spec.defaultValue() != null) {
                    typed.put(spec.name(), spec.defaultValue());
                }
                continue;
            }
            typed.put(spec.name(), convert(spec, value, at));
        }
        return new Parameters(typed);
    }

    private static Object convert(ParameterSpec spec, Object value, String at) {
        return switch (spec.type()) {
            case DECIMAL -> bounded(spec, decimal(value, at), at);
            case MONEY -> {
                BigDecimal money = bounded(spec, decimal(value, at), at);
                if (money.stripTrailingZeros().scale() > 2) {
                    throw new InvalidInputException(at, "must have at most 2 fractional digits");
                }
                yield money;
            }
            case INTEGER -> bounded(spec, integer(value, at), at).longValueExact();
            case BOOLEAN -> {
                if (!(value instanceof Boolean b)) {
                    throw new InvalidInputException(at, "must be true or false");
                }
                yield b;
            }
            case STRING -> text(value, at);
            case ENUM -> {
                String s = text(value, at);
                if (!spec.allowed().contains(s)) {
                    throw new InvalidInputException(at, "must be one of " + spec.allowed());
                }
                yield s;
            }
            case TIME -> parsed(value, at, "HH:mm", s -> LocalTime.parse(s));
            case DATE -> parsed(value, at, "YYYY-MM-DD or --MM-DD",
                    s -> s.startsWith("--") ? MonthDay.parse(s) : LocalDate.parse(s));
            case STRING_LIST -> list(spec, value, at).stream().map(v -> text(v, at + "[]")).toList();
            case OBJECT_LIST -> objects(spec, value, at);
        };
    }

    private static List<Parameters> objects(ParameterSpec spec, Object value, String at) {
        List<?> items = list(spec, value, at);
        List<Parameters> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                throw new InvalidInputException(at + "[" + i + "]", "must be an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) item;
            result.add(validate(spec.items() == null ? ParameterSchema.of() : spec.items(), fields, at + "[" + i + "]"));
        }
        return result;
    }

    private static List<?> list(ParameterSpec spec, Object value, String at) {
        if (!(value instanceof List<?> items)) {
            throw new InvalidInputException(at, "must be a list");
        }
        bounded(spec, BigDecimal.valueOf(items.size()), at);
        return items;
    }

    private static String text(Object value, String at) {
        if (!(value instanceof String s) || s.isBlank() || s.length() > 500) {
            throw new InvalidInputException(at, "must be a non-empty text of at most 500 characters");
        }
        return s.strip();
    }

    private static String parsed(Object value, String at, String format, java.util.function.Function<String, ?> parse) {
        String s = text(value, at);
        try {
            parse.apply(s);
            return s;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(at, "must be " + format);
        }
    }

    private static BigDecimal decimal(Object value, String at) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return new BigDecimal(value.toString());
        }
        throw new InvalidInputException(at, "must be a number");
    }

    private static BigDecimal integer(Object value, String at) {
        BigDecimal d = decimal(value, at);
        if (d.stripTrailingZeros().scale() > 0) {
            throw new InvalidInputException(at, "must be a whole number");
        }
        return d;
    }

    private static BigDecimal bounded(ParameterSpec spec, BigDecimal value, String at) {
        if (spec.min() != null && value.compareTo(spec.min()) < 0) {
            throw new InvalidInputException(at, "must be at least " + spec.min().toPlainString());
        }
        if (spec.max() != null && value.compareTo(spec.max()) > 0) {
            throw new InvalidInputException(at, "must be at most " + spec.max().toPlainString());
        }
        return value;
    }
}
