package io.kopilka.mechanic.tiers.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kopilka.api.mechanic.Parameters;

/** Program parameters for tests, built the way the core hands them over after validation. */
final class Programs {

    private Programs() {
    }

    static Parameters level(String name, String threshold, String discountPercent) {
        return new Parameters(Map.of(TiersSchema.NAME, name, TiersSchema.THRESHOLD, new BigDecimal(threshold),
                TiersSchema.DISCOUNT_PERCENT, new BigDecimal(discountPercent)));
    }

    static Parameters level(String name, String threshold, String discountPercent, String bonusPercent) {
        return new Parameters(Map.of(TiersSchema.NAME, name, TiersSchema.THRESHOLD, new BigDecimal(threshold),
                TiersSchema.DISCOUNT_PERCENT, new BigDecimal(discountPercent), TiersSchema.BONUS_PERCENT,
                new BigDecimal(bonusPercent)));
    }

    static Parameters step(String from, String percent) {
        return new Parameters(Map.of(TiersSchema.FROM, new BigDecimal(from), TiersSchema.PERCENT,
                new BigDecimal(percent)));
    }

    /** Standard 3% from 0, Gold 5% from 10,000.00, VIP 10% (bonus 7%) from 50,000.00. */
    static List<Parameters> standardGoldVip() {
        return List.of(level("Standard", "0", "3"), level("Gold", "10000.00", "5"),
                level("VIP", "50000.00", "10", "7"));
    }

    /** Parameters with the schema's defaults filled in, as validation leaves them. */
    static Map<String, Object> defaults(List<Parameters> levels) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(TiersSchema.LEVELS, levels);
        values.put(TiersSchema.BASIS, "ALL_TIME");
        values.put(TiersSchema.WINDOW_DAYS, TiersSchema.DEFAULT_WINDOW_DAYS);
        values.put(TiersSchema.INCLUDE_CURRENT_RECEIPT, Boolean.FALSE);
        return values;
    }

    static Parameters of(Map<String, Object> values) {
        return new Parameters(values);
    }
}
