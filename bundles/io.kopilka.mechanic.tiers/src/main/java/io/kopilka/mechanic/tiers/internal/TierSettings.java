package io.kopilka.mechanic.tiers.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.kopilka.api.Amounts;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.mechanic.Parameters;

/**
 * A program's validated parameters read into plain values: money becomes minor units and percents stay BigDecimal.
 * Money with more than 2 fractional digits is refused, naming the field ({@code levels[1].threshold}).
 */
record TierSettings(Ladder ladder, SpendPolicy spendPolicy, ProgressiveScale progressive) {

    static TierSettings from(Parameters parameters) {
        SpendBasis basis = SpendBasis.valueOf(parameters.string(TiersSchema.BASIS)
                .orElse(SpendBasis.ALL_TIME.name()));
        long windowDays = parameters.integer(TiersSchema.WINDOW_DAYS).orElse(TiersSchema.DEFAULT_WINDOW_DAYS);
        SpendPolicy policy = new SpendPolicy(basis, windowDays,
                parameters.bool(TiersSchema.INCLUDE_CURRENT_RECEIPT));
        return new TierSettings(ladder(parameters.list(TiersSchema.LEVELS)), policy,
                progressive(parameters.list(TiersSchema.PROGRESSIVE)));
    }

    private static Ladder ladder(List<Parameters> items) {
        if (items.isEmpty()) {
            throw new InvalidInputException(TiersSchema.LEVELS, "must have at least one level");
        }
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Parameters item = items.get(i);
            String field = TiersSchema.LEVELS + "[" + i + "].";
            String name = item.string(TiersSchema.NAME)
                    .orElseThrow(() -> new InvalidInputException(field + TiersSchema.NAME, "is required"));
            levels.add(new Level(name, money(item, field, TiersSchema.THRESHOLD),
                    percent(item, field, TiersSchema.DISCOUNT_PERCENT),
                    item.decimal(TiersSchema.BONUS_PERCENT).orElse(null)));
        }
        return new Ladder(levels);
    }

    private static ProgressiveScale progressive(List<Parameters> items) {
        List<ProgressiveScale.Step> steps = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String field = TiersSchema.PROGRESSIVE + "[" + i + "].";
            steps.add(new ProgressiveScale.Step(money(items.get(i), field, TiersSchema.FROM),
                    percent(items.get(i), field, TiersSchema.PERCENT)));
        }
        return steps.isEmpty() ? ProgressiveScale.NONE : new ProgressiveScale(steps);
    }

    private static long money(Parameters item, String prefix, String name) {
        return Amounts.toMinor(item.decimal(name).orElse(null), prefix + name);
    }

    private static BigDecimal percent(Parameters item, String prefix, String name) {
        return item.decimal(name).orElseThrow(() -> new InvalidInputException(prefix + name, "is required"));
    }
}
