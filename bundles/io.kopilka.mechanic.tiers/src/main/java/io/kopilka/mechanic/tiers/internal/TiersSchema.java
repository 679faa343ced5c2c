package io.kopilka.mechanic.tiers.internal;

import static io.kopilka.api.mechanic.ParameterSpec.optional;
import static io.kopilka.api.mechanic.ParameterSpec.required;

import java.math.BigDecimal;

import io.kopilka.api.Amounts;
import io.kopilka.api.mechanic.ParameterSchema;
import io.kopilka.api.mechanic.ParameterType;

/** The parameters a discount-ladder program takes: their names, types, bounds and defaults. */
final class TiersSchema {

    static final String LEVELS = "levels";
    static final String NAME = "name";
    static final String THRESHOLD = "threshold";
    static final String DISCOUNT_PERCENT = "discountPercent";
    static final String BONUS_PERCENT = "bonusPercent";
    static final String BASIS = "basis";
    static final String WINDOW_DAYS = "windowDays";
    static final String INCLUDE_CURRENT_RECEIPT = "includeCurrentReceipt";
    static final String PROGRESSIVE = "progressive";
    static final String FROM = "from";
    static final String PERCENT = "percent";

    static final long DEFAULT_WINDOW_DAYS = 365;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_MONEY = Amounts.toDecimal(Amounts.MAX_MINOR);
    private static final BigDecimal MAX_WINDOW_DAYS = BigDecimal.valueOf(3660);

    static final ParameterSchema SCHEMA = ParameterSchema.of(
            required(LEVELS, ParameterType.OBJECT_LIST,
                    "The levels of the ladder; a guest is on the highest level whose threshold they have spent")
                    .range(BigDecimal.ONE, null).of(levelSchema()),
            optional(BASIS, ParameterType.ENUM,
                    "ALL_TIME: all money spent counts (a level is lost only by refunds); "
                            + "WINDOW: only the last windowDays count (a guest who stops buying falls back)",
                    SpendBasis.ALL_TIME.name())
                    .allowing(SpendBasis.ALL_TIME.name(), SpendBasis.WINDOW.name()),
            optional(WINDOW_DAYS, ParameterType.INTEGER,
                    "For basis WINDOW: how many days back from the receipt the spend counts", DEFAULT_WINDOW_DAYS)
                    .range(BigDecimal.ONE, MAX_WINDOW_DAYS),
            optional(INCLUDE_CURRENT_RECEIPT, ParameterType.BOOLEAN,
                    "Whether this receipt's own amount counts toward the level it gets "
                            + "(false: an upgrade takes effect from the next purchase)",
                    Boolean.FALSE),
            optional(PROGRESSIVE, ParameterType.OBJECT_LIST,
                    "A discount by receipt sum; a receipt gets the higher of its level's percent and this one", null)
                    .of(progressiveSchema()));

    private TiersSchema() {
    }

    private static ParameterSchema levelSchema() {
        return ParameterSchema.of(
                required(NAME, ParameterType.STRING, "The level's name, as the guest and the cashier see it"),
                required(THRESHOLD, ParameterType.MONEY, "Money spent to reach the level, in currency units")
                        .range(BigDecimal.ZERO, MAX_MONEY),
                required(DISCOUNT_PERCENT, ParameterType.DECIMAL, "The level's discount, percent")
                        .range(BigDecimal.ZERO, HUNDRED),
                optional(BONUS_PERCENT, ParameterType.DECIMAL,
                        "The bonus rate of the level, percent, overriding a bonus program's base rate", null)
                        .range(BigDecimal.ZERO, HUNDRED));
    }

    private static ParameterSchema progressiveSchema() {
        return ParameterSchema.of(
                required(FROM, ParameterType.MONEY, "The receipt sum from which the step applies, in currency units")
                        .range(BigDecimal.ZERO, MAX_MONEY),
                required(PERCENT, ParameterType.DECIMAL, "The step's discount, percent")
                        .range(BigDecimal.ZERO, HUNDRED));
    }
}
