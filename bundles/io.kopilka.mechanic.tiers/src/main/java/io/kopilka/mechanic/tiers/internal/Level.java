package io.kopilka.mechanic.tiers.internal;

import java.math.BigDecimal;

/**
 * One rung of a discount ladder.
 *
 * @param threshold minor units a guest must have spent to be on it
 * @param discountPercent the discount it gives, 0..100
 * @param bonusPercent the bonus rate it gives, 0..100; {@code null} for none
 */
record Level(String name, long threshold, BigDecimal discountPercent, BigDecimal bonusPercent) {
}
