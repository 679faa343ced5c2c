package io.kopilka.core.internal.processing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.kopilka.api.mechanic.TierStatus;
import io.kopilka.api.processing.Receipt;
import io.kopilka.api.processing.ReceiptLine;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.guest.GuestEntity;
import io.kopilka.core.internal.program.ActivePrograms;

/**
 * Finds a guest's level outside a purchase: the venue's active programs run over an empty-valued one-line receipt,
 * so a discount ladder (without a line filter) reports the level and what remains to the next one.
 */
public final class TierProbe {

    private TierProbe() {
    }

    /** The guest's level at the venue now; {@code null} if no program gives one. */
    public static TierStatus tier(Database db, ActivePrograms programs, ZoneId zone, GuestEntity guest,
            long venueId, Instant now) {
        Receipt probe = new Receipt("tier-probe", now, null,
                List.of(new ReceiptLine("1", "", "", List.of(), BigDecimal.ONE, 0, 0)), List.of(), null, null);
        List<ActivePrograms.Loaded> loaded = programs.forReceipt(guest.organizationId, venueId, now);
        return db.readJdbc(c -> {
            EvaluationState state = new EvaluationState(probe, zone, new StoredGuestFacts(c, guest,
                    ReceiptRows.stats(c, guest.id)));
            Evaluator.run(state, loaded, 0);
            return state.tier;
        });
    }
}
