package io.kopilka.mechanic.tiers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.kopilka.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class TierSettingsTest {

    @Test
    void moneyBecomesMinorUnitsAndDefaultsApply() {
        TierSettings settings = TierSettings.from(Programs.of(Map.of(TiersSchema.LEVELS, Programs.standardGoldVip())));
        assertEquals(new SpendPolicy(SpendBasis.ALL_TIME, 365, false), settings.spendPolicy());
        assertEquals("Gold", settings.ladder().levelAt(1_000_000).orElseThrow().name());
        assertEquals("Standard", settings.ladder().levelAt(999_999).orElseThrow().name());
        assertEquals(BigDecimal.ZERO, settings.progressive().percentFor(Long.MAX_VALUE));
    }

    @Test
    void readsTheWindowAndTheProgressiveScale() {
        Map<String, Object> values = Programs.defaults(Programs.standardGoldVip());
        values.put(TiersSchema.BASIS, "WINDOW");
        values.put(TiersSchema.WINDOW_DAYS, 90L);
        values.put(TiersSchema.INCLUDE_CURRENT_RECEIPT, Boolean.TRUE);
        values.put(TiersSchema.PROGRESSIVE, List.of(Programs.step("1000.50", "4.5")));
        TierSettings settings = TierSettings.from(Programs.of(values));
        assertEquals(new SpendPolicy(SpendBasis.WINDOW, 90, true), settings.spendPolicy());
        assertEquals(BigDecimal.ZERO, settings.progressive().percentFor(100_049));
        assertEquals(new BigDecimal("4.5"), settings.progressive().percentFor(100_050));
    }

    @Test
    void moneyWithMoreThanTwoFractionalDigitsIsRefusedNamingTheField() {
        Map<String, Object> values = Programs.defaults(List.of(Programs.level("Standard", "0", "3"),
                Programs.level("Gold", "10000.005", "5")));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TierSettings.from(Programs.of(values)));
        assertEquals("levels[1].threshold", e.field());
    }

    @Test
    void aProgramWithoutLevelsIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TierSettings.from(Programs.of(Programs.defaults(List.of()))));
        assertEquals("levels", e.field());
    }
}
