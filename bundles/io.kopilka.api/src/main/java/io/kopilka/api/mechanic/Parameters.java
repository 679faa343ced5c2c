package io.kopilka.api.mechanic;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A program's parameters after validation against the mechanic's schema: defaults filled in and every value of its
 * declared type (DECIMAL and MONEY as BigDecimal, INTEGER as Long, STRING/ENUM/TIME/DATE as String, BOOLEAN as Boolean,
 * STRING_LIST as a list of String, OBJECT_LIST as a list of Parameters). Absent optional values without a default
 * are simply missing.
 */
public final class Parameters {

    private final Map<String, Object> values;

    public Parameters(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Parameters empty() {
        return new Parameters(Map.of());
    }

    /** The values as a plain map (nested lists of Parameters as lists of maps), as stored and shown. */
    public Map<String, Object> asMap() {
        Map<String, Object> plain = new LinkedHashMap<>();
        values.forEach((k, v) -> plain.put(k, plain(v)));
        return plain;
    }

    private static Object plain(Object v) {
        if (v instanceof Parameters p) {
            return p.asMap();
        }
        if (v instanceof List<?> list) {
            return list.stream().map(Parameters::plain).toList();
        }
        return v;
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    public Optional<BigDecimal> decimal(String name) {
        return Optional.ofNullable((BigDecimal) values.get(name));
    }

    public BigDecimal decimalOr(String name, BigDecimal fallback) {
        return decimal(name).orElse(fallback);
    }

    public Optional<Long> integer(String name) {
        return Optional.ofNullable((Long) values.get(name));
    }

    public Optional<String> string(String name) {
        return Optional.ofNullable((String) values.get(name));
    }

    public boolean bool(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    public Optional<LocalTime> time(String name) {
        return string(name).map(LocalTime::parse);
    }

    @SuppressWarnings("unchecked")
    public List<String> strings(String name) {
        Object v = values.get(name);
        return v == null ? List.of() : (List<String>) v;
    }

    @SuppressWarnings("unchecked")
    public List<Parameters> list(String name) {
        Object v = values.get(name);
        return v == null ? List.of() : (List<Parameters>) v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
