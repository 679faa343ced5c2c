package io.kopilka.core.internal.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.kopilka.api.mechanic.Evaluation;
import io.kopilka.api.mechanic.GuestFacts;
import io.kopilka.api.mechanic.Mechanic;
import io.kopilka.api.mechanic.ParameterSchema;
import io.kopilka.api.mechanic.Parameters;
import io.kopilka.api.mechanic.Phase;
import io.kopilka.api.mechanic.ProgramInstance;
import io.kopilka.api.processing.Receipt;
import io.kopilka.api.processing.ReceiptLine;
import io.kopilka.api.processing.Redemption;
import io.kopilka.api.program.LineFilter;
import io.kopilka.api.program.ProgramDefinition;
import io.kopilka.core.internal.program.ActivePrograms;
import org.junit.jupiter.api.Test;

/** The evaluation order, line filters, exclusivity, and a failing mechanic that changes nothing. */
class EvaluatorTest {

    private static final GuestFacts GUEST = new GuestFacts() {
        public long guestId() {
            return 1;
        }

        public long purchases() {
            return 0;
        }

        public long totalSpent() {
            return 0;
        }

        public long spentSince(Instant from) {
            return 0;
        }

        public Instant lastPurchase() {
            return null;
        }

        public java.time.LocalDate birthDate() {
            return null;
        }
    };

    private static ActivePrograms.Loaded program(long id, boolean exclusive, LineFilter filter, Mechanic mechanic) {
        return new ActivePrograms.Loaded(new ProgramInstance(id, 1, "P" + id, Parameters.empty()),
                new ProgramDefinition("m", "P" + id, 0, exclusive, null, null, null, filter, Map.of()), mechanic);
    }

    /** Takes a fixed discount off each of its lines. */
    private static Mechanic discountEach(long amount) {
        return new Mechanic() {
            public ParameterSchema schema() {
                return ParameterSchema.of();
            }

            public void apply(Phase phase, ProgramInstance p, Evaluation e) {
                if (phase == Phase.DISCOUNT) {
                    e.lines().forEach(l -> e.discount(l.lineId(), amount));
                }
            }
        };
    }

    private static EvaluationState state() {
        List<ReceiptLine> lines = List.of(
                new ReceiptLine("1", "beer", "Beer", List.of("alcohol"), BigDecimal.ONE, 30_000, 30_000),
                new ReceiptLine("2", "pizza", "Pizza", List.of("food"), BigDecimal.ONE, 70_000, 70_000));
        return new EvaluationState(new Receipt("r", Instant.EPOCH, null, lines, List.of(), "1", Redemption.MAXIMUM),
                ZoneOffset.UTC, GUEST);
    }

    @Test
    void filtersKeepProgramsOffExcludedLines() {
        EvaluationState s = state();
        LineFilter noAlcohol = new LineFilter(null, null, null, List.of("alcohol"));
        Evaluator.run(s, List.of(program(1, false, noAlcohol, discountEach(1_000))), 0);
        assertEquals(0, s.lines.get("1").discount);
        assertEquals(1_000, s.lines.get("2").discount);
    }

    @Test
    void anExclusiveProgramStopsTheOnesAfterItButStackableOnesAddUp() {
        EvaluationState stacked = state();
        Evaluator.run(stacked, List.of(program(1, false, LineFilter.ALL, discountEach(100)),
                program(2, false, LineFilter.ALL, discountEach(200))), 0);
        assertEquals(600, stacked.discount());
        EvaluationState exclusive = state();
        Evaluator.run(exclusive, List.of(program(1, true, LineFilter.ALL, discountEach(100)),
                program(2, false, LineFilter.ALL, discountEach(200))), 0);
        assertEquals(200, exclusive.discount());
        assertEquals(List.of(1L), List.copyOf(exclusive.used.keySet()));
    }

    @Test
    void aFailingMechanicChangesNothingAndTheOthersStillRun() {
        Mechanic broken = new Mechanic() {
            public ParameterSchema schema() {
                return ParameterSchema.of();
            }

            public void apply(Phase phase, ProgramInstance p, Evaluation e) {
                if (phase == Phase.DISCOUNT) {
                    e.discount("2", 5_000);
                    throw new IllegalStateException("bug in a plugin");
                }
            }
        };
        EvaluationState s = state();
        Evaluator.run(s, List.of(program(1, false, LineFilter.ALL, broken),
                program(2, false, LineFilter.ALL, discountEach(100))), 0);
        assertEquals(200, s.discount());
    }

    @Test
    void discountsNeverExceedALineAndTheRedemptionIsCappedByTheBalance() {
        EvaluationState s = state();
        Evaluator.run(s, List.of(program(1, false, LineFilter.ALL, discountEach(50_000))), 12_345);
        assertEquals(30_000, s.lines.get("1").discount);
        assertEquals(50_000, s.lines.get("2").discount);
        assertEquals(12_345, s.redemption);
        assertEquals("amount to pay", state().redemptionLimit == null ? "amount to pay" : "x");
    }
}
