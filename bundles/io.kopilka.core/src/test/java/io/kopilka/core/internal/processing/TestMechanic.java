package io.kopilka.core.internal.processing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;

import io.kopilka.api.mechanic.AccrualBase;
import io.kopilka.api.mechanic.Evaluation;
import io.kopilka.api.mechanic.LineView;
import io.kopilka.api.mechanic.Mechanic;
import io.kopilka.api.mechanic.ParameterSchema;
import io.kopilka.api.mechanic.ParameterSpec;
import io.kopilka.api.mechanic.ParameterType;
import io.kopilka.api.mechanic.Phase;
import io.kopilka.api.mechanic.ProgramInstance;

/**
 * A minimal mechanic for the core's own tests (the real ones live in their plugin bundles): a discount percent, a
 * redemption share and an accrual percent, each optional.
 */
final class TestMechanic implements Mechanic {

    static final String ID = "test";

    @Override
    public ParameterSchema schema() {
        return ParameterSchema.of(
                ParameterSpec.optional("discountPercent", ParameterType.DECIMAL, "discount", null),
                ParameterSpec.optional("maxSharePercent", ParameterType.DECIMAL, "redemption cap", null),
                ParameterSpec.optional("accrualPercent", ParameterType.DECIMAL, "bonus", null),
                ParameterSpec.optional("expiryDays", ParameterType.INTEGER, "expiry", null),
                ParameterSpec.optional("minimum", ParameterType.MONEY, "minimum redemption", null));
    }

    @Override
    public void apply(Phase phase, ProgramInstance program, Evaluation e) {
        var p = program.parameters();
        if (e.guest().isEmpty()) {
            return;
        }
        switch (phase) {
            case DISCOUNT -> p.decimal("discountPercent").ifPresent(pct ->
                    e.discountProportionally(percent(e.lines().stream().mapToLong(LineView::net).sum(), pct)));
            case REDEMPTION_CAP -> {
                p.decimal("maxSharePercent").ifPresent(pct -> e.capRedemption(
                        percent(e.lines().stream().mapToLong(LineView::net).sum(), pct), "share " + pct + "%"));
                p.decimal("minimum").ifPresent(m -> e.redemptionSteps(m.movePointRight(2).longValueExact(), 0));
            }
            case ACCRUAL -> p.decimal("accrualPercent").ifPresent(pct -> {
                Map<String, Long> bases = e.accrualBases(AccrualBase.AFTER_REDEMPTION);
                long base = bases.values().stream().mapToLong(Long::longValue).sum();
                e.accrue(percent(base, pct), e.time(), p.integer("expiryDays")
                        .map(d -> e.time().plus(Duration.ofDays(d))).orElse(null), pct + "%");
            });
            default -> {
            }
        }
    }

    private static long percent(long amount, BigDecimal pct) {
        return BigDecimal.valueOf(amount).multiply(pct).divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
                .longValueExact();
    }
}
