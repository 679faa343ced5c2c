package io.kopilka.core.internal.processing;

import java.util.List;

import io.kopilka.api.mechanic.Phase;
import io.kopilka.api.processing.Calculation.ProgramUse;
import io.kopilka.core.internal.program.ActivePrograms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the programs over a receipt in the fixed order: discounts, then redemption caps, then the redemption itself,
 * then accrual, then issuance. Within a phase programs run highest priority first; an exclusive program that gives
 * anything stops the programs after it in that phase. A program sees only the lines its filter accepts. A mechanic
 * that fails is logged and skipped with none of its effects: one broken plugin never stops a till.
 */
final class Evaluator {

    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

    private Evaluator() {
    }

    /**
     * @param bonusAvailable the guest's spendable points (0 without a guest)
     */
    static void run(EvaluationState state, List<ActivePrograms.Loaded> programs, long bonusAvailable) {
        phase(state, programs, Phase.DISCOUNT);
        phase(state, programs, Phase.REDEMPTION_CAP);
        Redemptions.grant(state, bonusAvailable);
        phase(state, programs, Phase.ACCRUAL);
        phase(state, programs, Phase.ISSUANCE);
    }

    private static void phase(EvaluationState state, List<ActivePrograms.Loaded> programs, Phase phase) {
        for (ActivePrograms.Loaded p : programs) {
            List<LineState> lines = state.lines.values().stream()
                    .filter(l -> p.definition().filter().accepts(l.line.sku(), l.line.groups())).toList();
            if (lines.isEmpty()) {
                continue;
            }
            ProgramEvaluation evaluation = new ProgramEvaluation(state, p.instance(), phase, lines);
            try {
                p.mechanic().apply(phase, p.instance(), evaluation);
            } catch (RuntimeException e) {
                LOG.warn("Program {} ({}) failed in phase {}; skipped", p.instance().id(), p.instance().name(), phase,
                        e);
                continue;
            }
            evaluation.commit();
            if (evaluation.hadEffect()) {
                state.used.putIfAbsent(p.instance().id(),
                        new ProgramUse(p.instance().id(), p.instance().version(), p.instance().name()));
                if (p.definition().exclusive()) {
                    return;
                }
            }
        }
    }
}
