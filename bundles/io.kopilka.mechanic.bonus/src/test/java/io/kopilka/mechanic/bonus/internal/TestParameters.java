package io.kopilka.mechanic.bonus.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kopilka.api.mechanic.Parameters;

/** Builds validated-looking parameters for tests: {@code params("percent", dec("5"), "progressive", list(...))}. */
final class TestParameters {

    private TestParameters() {
    }

    /** Name-value pairs as parameters. */
    static Parameters params(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Parameters(values);
    }

    /** An OBJECT_LIST value. */
    static List<Parameters> list(Parameters... items) {
        return Arrays.asList(items);
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
