package io.kopilka.api.mechanic;

import java.math.BigDecimal;

/**
 * A guest's level in a discount ladder, as the tier mechanic sets it and the guest and cashier see it.
 *
 * @param bonusPercent the bonus rate this level gives, overriding a bonus program's base rate; {@code null} for none
 * @param next the next level's name; {@code null} at the top
 * @param remainingToNext minor units still to spend to reach it
 */
public record TierStatus(String name, BigDecimal discountPercent, BigDecimal bonusPercent, String next,
        long remainingToNext) {
}
