package io.kopilka.mechanic.bonus.internal;

import io.kopilka.api.mechanic.AccrualBase;
import io.kopilka.api.mechanic.Parameters;

/** A bonus program's parameters read into the typed rules that compute its accrual and its redemption limits. */
record BonusRules(RateRules rates, StepRule steps, TimeMultipliers multipliers, PaymentFactors payments,
        CashierFactors cashiers, Triggers triggers, AccrualBase accrualBase, Rounding rounding, ShareCap shareCap,
        RedemptionSteps redemptionSteps, LotTiming timing) {

    static BonusRules from(Parameters parameters) {
        return new BonusRules(RateRules.from(parameters), StepRule.from(parameters), TimeMultipliers.from(parameters),
                PaymentFactors.from(parameters), CashierFactors.from(parameters), Triggers.from(parameters),
                parameters.string(BonusSchema.ACCRUAL_BASE).map(AccrualBase::valueOf)
                        .orElse(AccrualBase.AFTER_REDEMPTION),
                Rounding.of(parameters.string(BonusSchema.ROUNDING).orElse(null)), ShareCap.from(parameters),
                RedemptionSteps.from(parameters), LotTiming.from(parameters));
    }
}
