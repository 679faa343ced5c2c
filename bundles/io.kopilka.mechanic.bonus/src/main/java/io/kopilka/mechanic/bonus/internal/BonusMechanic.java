package io.kopilka.mechanic.bonus.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import io.kopilka.api.mechanic.Evaluation;
import io.kopilka.api.mechanic.GuestFacts;
import io.kopilka.api.mechanic.LineView;
import io.kopilka.api.mechanic.Mechanic;
import io.kopilka.api.mechanic.ParameterSchema;
import io.kopilka.api.mechanic.Parameters;
import io.kopilka.api.mechanic.Phase;
import io.kopilka.api.mechanic.ProgramInstance;
import io.kopilka.api.mechanic.TierStatus;
import io.kopilka.mechanic.bonus.internal.AccrualContext.BaseLine;
import org.osgi.service.component.annotations.Component;

/**
 * The bonus mechanic ({@code kopilka.mechanic=bonus}): limits paying with points in the REDEMPTION_CAP phase and
 * accrues points in the ACCRUAL phase, for receipts with a guest. It reads the evaluation into plain values and leaves
 * the arithmetic to the rules it reads from the program's parameters.
 */
@Component(property = Mechanic.ID_PROPERTY + "=bonus")
public class BonusMechanic implements Mechanic {

    @Override
    public ParameterSchema schema() {
        return BonusSchema.SCHEMA;
    }

    /** Reads the rules once when a program is saved, so that a rule that cannot be read is refused then. */
    @Override
    public void validate(Parameters parameters) {
        BonusRules.from(parameters);
    }

    @Override
    public void apply(Phase phase, ProgramInstance program, Evaluation evaluation) {
        if (evaluation.guest().isEmpty() || (phase != Phase.REDEMPTION_CAP && phase != Phase.ACCRUAL)) {
            return;
        }
        BonusRules rules = BonusRules.from(program.parameters());
        if (phase == Phase.REDEMPTION_CAP) {
            limitRedemption(rules, evaluation);
        } else {
            accrue(rules, evaluation, evaluation.guest().get());
        }
    }

    private static void limitRedemption(BonusRules rules, Evaluation evaluation) {
        if (rules.shareCap().isSet()) {
            evaluation.capRedemption(rules.shareCap().maximum(evaluation.lines()), rules.shareCap().reason());
        }
        if (rules.redemptionSteps().isSet()) {
            evaluation.redemptionSteps(rules.redemptionSteps().minimum(), rules.redemptionSteps().multiple());
        }
    }

    private static void accrue(BonusRules rules, Evaluation evaluation, GuestFacts guest) {
        Map<String, Long> bases = evaluation.accrualBases(rules.accrualBase());
        List<BaseLine> lines = evaluation.lines().stream()
                .map(line -> new BaseLine(groups(line), bases.getOrDefault(line.lineId(), 0L)))
                .toList();
        ZonedDateTime at = evaluation.time().atZone(evaluation.zone());
        BigDecimal tierPercent = evaluation.tier().map(TierStatus::bonusPercent).orElse(null);
        AccrualContext context = new AccrualContext(lines, tierPercent, at.toLocalDateTime(),
                evaluation.receipt().payments(), evaluation.receipt().cashier(), guest.purchases());
        Accrual accrual = new AccrualCalculator(rules).calculate(context);
        if (accrual.points() <= 0) {
            return;
        }
        Instant activatesAt = rules.timing().activatesAt(at);
        Instant expiresAt = rules.timing().expiresAt(at);
        evaluation.accrue(accrual.points(), activatesAt, expiresAt, AccrualDescription.of(accrual, rules));
        if (expiresAt != null && rules.timing().extendsExpiry()) {
            evaluation.extendExpiry(expiresAt);
        }
        String text = "Bonus +" + Format.money(accrual.points());
        String slip = rules.timing().activationDays() > 0
                ? text + ", active from " + activatesAt.atZone(evaluation.zone()).toLocalDate()
                : text;
        evaluation.message(text, slip);
    }

    private static List<String> groups(LineView line) {
        return line.groups() == null ? List.of() : line.groups();
    }
}
