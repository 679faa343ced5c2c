package io.kopilka.pos.rkeeper.internal.kopilka;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import io.kopilka.api.InvalidInputException;

/**
 * The r_keeper side of the configuration: which r_keeper discount code stands for which Kopilka tier, the bonus code,
 * and which Kopilka venue a FarCards restaurant code is (the same code unless mapped).
 *
 * @param discountCodes tier name to the r_keeper discount number configured with the same percent
 * @param bonusCode the r_keeper bonus number that shows Kopilka's bonus
 * @param defaultDiscountCode the discount number for a guest without a tier (0: none)
 * @param venueCodes FarCards restaurant code to Kopilka venue code
 * @param zone the restaurants' time zone, for the times r_keeper writes without one
 */
public record RkeeperSettings(Map<String, Integer> discountCodes, int bonusCode, int defaultDiscountCode,
        Map<String, String> venueCodes, ZoneId zone) {

    public RkeeperSettings {
        discountCodes = Map.copyOf(discountCodes);
        venueCodes = Map.copyOf(venueCodes);
    }

    public int discountCodeFor(String tier) {
        return tier == null ? defaultDiscountCode : discountCodes.getOrDefault(tier, defaultDiscountCode);
    }

    public String venueCodeFor(long restaurant) {
        return venueCodeFor(String.valueOf(restaurant));
    }

    public String venueCodeFor(String restaurant) {
        return venueCodes.getOrDefault(restaurant, restaurant);
    }

    /** Parses {@code name=value,name=value}. */
    static Map<String, String> pairs(String text, String field) {
        Map<String, String> result = new HashMap<>();
        if (text == null || text.isBlank()) {
            return result;
        }
        for (String pair : text.split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new InvalidInputException(field, "expected name=value pairs separated by commas: " + pair);
            }
            result.put(kv[0].strip(), kv[1].strip());
        }
        return result;
    }

    public static RkeeperSettings parse(String discountCodes, int bonusCode, int defaultDiscountCode,
            String venueCodes, String zone) {
        Map<String, Integer> codes = new HashMap<>();
        pairs(discountCodes, "discount.codes").forEach((tier, code) -> {
            try {
                codes.put(tier, Integer.parseInt(code));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("discount.codes", "not a number: " + code);
            }
        });
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            throw new InvalidInputException("zone", "not a time zone: " + zone);
        }
        return new RkeeperSettings(codes, bonusCode, defaultDiscountCode, pairs(venueCodes, "venue.codes"), zoneId);
    }
}
