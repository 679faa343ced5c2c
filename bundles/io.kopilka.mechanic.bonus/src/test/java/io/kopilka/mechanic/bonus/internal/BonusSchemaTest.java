package io.kopilka.mechanic.bonus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kopilka.api.mechanic.ParameterSpec;
import io.kopilka.api.mechanic.ParameterType;
import org.junit.jupiter.api.Test;

class BonusSchemaTest {

    private final Map<String, ParameterSpec> specs = new BonusMechanic().schema().parameters().stream()
            .collect(Collectors.toMap(ParameterSpec::name, Function.identity()));

    @Test
    void namesEveryParameterOptional() {
        assertEquals(List.of("percent", "progressive", "groupRates", "pointsPerStep", "step", "multipliers",
                "paymentRules", "cashierRules", "everyNth", "everyNthPoints", "receiptOver", "receiptOverPoints",
                "accrualBase", "rounding", "maxShare", "minRedemption", "redemptionMultiple", "activationDays",
                "expiry", "expiryDays", "expiryDates"),
                new BonusMechanic().schema().parameters().stream().map(ParameterSpec::name).toList());
        specs.values().forEach(spec -> assertFalse(spec.required(), spec.name()));
    }

    @Test
    void defaults() {
        assertEquals(BigDecimal.ZERO, specs.get("percent").defaultValue());
        assertEquals("AFTER_REDEMPTION", specs.get("accrualBase").defaultValue());
        assertEquals("DOWN", specs.get("rounding").defaultValue());
        assertEquals(0L, specs.get("activationDays").defaultValue());
        assertEquals("NONE", specs.get("expiry").defaultValue());
    }

    @Test
    void enumsAndBounds() {
        assertEquals(List.of("BEFORE_DISCOUNTS", "AFTER_DISCOUNTS", "AFTER_REDEMPTION"),
                specs.get("accrualBase").allowed());
        assertEquals(List.of("DOWN", "HALF_UP", "WHOLE_DOWN"), specs.get("rounding").allowed());
        assertEquals(List.of("NONE", "AFTER_ACCRUAL", "AFTER_LAST_PURCHASE", "FIXED_DATES"),
                specs.get("expiry").allowed());
        assertEquals(new BigDecimal("100"), specs.get("percent").max());
        assertEquals(BigDecimal.ZERO, specs.get("activationDays").min());
    }

    @Test
    void listItems() {
        assertEquals(List.of("days", "from", "to", "factor"), itemNames("multipliers"));
        assertEquals(List.of("from", "percent"), itemNames("progressive"));
        assertEquals(List.of("group", "percent"), itemNames("groupRates"));
        assertEquals(List.of("method", "factor"), itemNames("paymentRules"));
        assertEquals(List.of("cashier", "factor"), itemNames("cashierRules"));
        assertEquals(List.of("group", "percent"), itemNames("maxShare"));
        assertFalse(specs.get("maxShare").items().parameters().get(0).required());
        assertEquals(ParameterType.TIME, specs.get("multipliers").items().parameters().get(1).type());
    }

    private List<String> itemNames(String list) {
        assertEquals(ParameterType.OBJECT_LIST, specs.get(list).type());
        return specs.get(list).items().parameters().stream().map(ParameterSpec::name).toList();
    }
}
