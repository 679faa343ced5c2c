package io.kopilka.mechanic.tiers.internal;

import java.util.Optional;

import io.kopilka.api.mechanic.Evaluation;
import io.kopilka.api.mechanic.GuestFacts;
import io.kopilka.api.mechanic.Mechanic;
import io.kopilka.api.mechanic.ParameterSchema;
import io.kopilka.api.mechanic.Parameters;
import io.kopilka.api.mechanic.Phase;
import io.kopilka.api.mechanic.ProgramInstance;
import org.osgi.service.component.annotations.Component;

/**
 * The discount ladder ({@code kopilka.mechanic=tiers}): in the DISCOUNT phase it puts a guest on a level by the money
 * they have spent, shows the level, and gives its discount (or a higher progressive one by receipt sum) on the
 * program's lines. Receipts without a guest and the other phases get nothing.
 */
@Component(service = Mechanic.class, property = Mechanic.ID_PROPERTY + "=" + TiersMechanic.ID)
public class TiersMechanic implements Mechanic {

    /** The id programs refer to this mechanic by. */
    static final String ID = "tiers";

    @Override
    public ParameterSchema schema() {
        return TiersSchema.SCHEMA;
    }

    /** Reads the rules once when a program is saved, so that a rule that cannot be read is refused then. */
    @Override
    public void validate(Parameters parameters) {
        TierSettings.from(parameters);
    }

    @Override
    public void apply(Phase phase, ProgramInstance program, Evaluation evaluation) {
        Optional<GuestFacts> guest = evaluation.guest();
        if (phase != Phase.DISCOUNT || guest.isEmpty()) {
            return;
        }
        TierSettings settings = TierSettings.from(program.parameters());
        ReceiptSums sums = ReceiptSums.of(evaluation.lines());
        long spend = settings.spendPolicy().spend(guest.get(), evaluation.time().atZone(evaluation.zone()),
                sums.net());
        TierOutcome outcome = TierCalculator.decide(settings, spend, sums);
        if (outcome.status() != null) {
            evaluation.tier(outcome.status());
        }
        if (outcome.discount() > 0) {
            evaluation.discountProportionally(outcome.discount());
        }
        evaluation.message(TierMessages.cashier(outcome), TierMessages.slip(outcome));
    }
}
