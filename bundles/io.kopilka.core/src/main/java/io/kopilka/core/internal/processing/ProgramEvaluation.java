package io.kopilka.core.internal.processing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kopilka.api.mechanic.AccrualBase;
import io.kopilka.api.mechanic.Evaluation;
import io.kopilka.api.mechanic.GuestFacts;
import io.kopilka.api.mechanic.LineView;
import io.kopilka.api.mechanic.Phase;
import io.kopilka.api.mechanic.ProgramInstance;
import io.kopilka.api.mechanic.TierStatus;
import io.kopilka.api.processing.Calculation.Accrual;
import io.kopilka.api.processing.Calculation.AppliedDiscount;
import io.kopilka.api.processing.Receipt;

/**
 * What one program sees of a receipt in one phase, and the effects it adds. Effects are held here and only reach the
 * receipt's state when the mechanic returns normally ({@link #commit}), so a failing mechanic changes nothing.
 * Calling an effect outside its phase is a mechanic's bug and fails the program.
 */
final class ProgramEvaluation implements Evaluation {

    private final EvaluationState state;
    private final ProgramInstance program;
    private final Phase phase;
    private final List<LineState> lines;
    private final Map<String, Long> discounts = new LinkedHashMap<>();
    private final List<Accrual> accruals = new ArrayList<>();
    private final List<String> capReasons = new ArrayList<>();
    private final List<String[]> messages = new ArrayList<>();
    private long cap = Long.MAX_VALUE;
    private long minimum;
    private long multiple;
    private TierStatus tier;
    private Instant extendTo;

    ProgramEvaluation(EvaluationState state, ProgramInstance program, Phase phase, List<LineState> lines) {
        this.state = state;
        this.program = program;
        this.phase = phase;
        this.lines = lines;
    }

    @Override
    public Receipt receipt() {
        return state.receipt;
    }

    @Override
    public Instant time() {
        return state.receipt.time();
    }

    @Override
    public ZoneId zone() {
        return state.zone;
    }

    @Override
    public Optional<GuestFacts> guest() {
        return Optional.ofNullable(state.guest);
    }

    @Override
    public List<LineView> lines() {
        return lines.stream().map(LineState::view).toList();
    }

    @Override
    public ProgramInstance program() {
        return program;
    }

    @Override
    public void discount(String lineId, long amount) {
        expect(Phase.DISCOUNT, "discount");
        LineState line = lines.stream().filter(l -> l.line.lineId().equals(lineId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Line " + lineId + " is not this program's"));
        long room = line.net() - discounts.getOrDefault(lineId, 0L);
        long given = Math.max(0, Math.min(amount, room));
        if (given > 0) {
            discounts.merge(lineId, given, Long::sum);
        }
    }

    @Override
    public void discountProportionally(long total) {
        expect(Phase.DISCOUNT, "discountProportionally");
        long[] room = lines.stream().mapToLong(l -> l.net() - discounts.getOrDefault(l.line.lineId(), 0L)).toArray();
        long[] shares = Allocation.proportional(Math.min(total, java.util.Arrays.stream(room).sum()), room);
        for (int i = 0; i < shares.length; i++) {
            if (shares[i] > 0) {
                discounts.merge(lines.get(i).line.lineId(), shares[i], Long::sum);
            }
        }
    }

    @Override
    public void tier(TierStatus status) {
        expect(Phase.DISCOUNT, "tier");
        tier = status;
    }

    @Override
    public Optional<TierStatus> tier() {
        return Optional.ofNullable(tier != null ? tier : state.tier);
    }

    @Override
    public void capRedemption(long maximum, String reason) {
        expect(Phase.REDEMPTION_CAP, "capRedemption");
        cap = Math.min(cap, Math.max(0, maximum));
        capReasons.add(reason);
    }

    @Override
    public void redemptionSteps(long minimumAmount, long multipleOf) {
        expect(Phase.REDEMPTION_CAP, "redemptionSteps");
        minimum = Math.max(minimum, minimumAmount);
        multiple = Math.max(multiple, multipleOf);
    }

    @Override
    public long redemption() {
        expect(Phase.ACCRUAL, "redemption");
        return lines.stream().mapToLong(l -> l.redemption).sum();
    }

    @Override
    public Map<String, Long> accrualBases(AccrualBase base) {
        expect(Phase.ACCRUAL, "accrualBases");
        Map<String, Long> bases = new LinkedHashMap<>();
        for (LineState l : lines) {
            bases.put(l.line.lineId(), switch (base) {
                case BEFORE_DISCOUNTS -> l.line.amount();
                case AFTER_DISCOUNTS -> l.net();
                case AFTER_REDEMPTION -> l.net() - l.redemption;
            });
        }
        return bases;
    }

    @Override
    public void accrue(long points, Instant activatesAt, Instant expiresAt, String description) {
        expect(Phase.ACCRUAL, "accrue");
        if (points > 0) {
            accruals.add(new Accrual(program.id(), program.name(), points, activatesAt, expiresAt, description));
        }
    }

    @Override
    public void extendExpiry(Instant expiresAt) {
        expect(Phase.ACCRUAL, "extendExpiry");
        extendTo = extendTo == null || expiresAt.isAfter(extendTo) ? expiresAt : extendTo;
    }

    @Override
    public void message(String cashierText, String slipText) {
        messages.add(new String[] {cashierText, slipText});
    }

    /** Whether the program did anything that counts for exclusivity. */
    boolean hadEffect() {
        return !discounts.isEmpty() || !accruals.isEmpty() || cap != Long.MAX_VALUE || minimum > 0 || multiple > 0;
    }

    /** Applies the held effects to the receipt's state. */
    void commit() {
        Map<String, LineState> byId = new HashMap<>();
        lines.forEach(l -> byId.put(l.line.lineId(), l));
        discounts.forEach((lineId, amount) -> {
            LineState l = byId.get(lineId);
            l.discount += amount;
            l.discounts.add(new AppliedDiscount(program.id(), program.name(), amount));
        });
        if (tier != null) {
            state.tier = tier;
        }
        if (cap != Long.MAX_VALUE) {
            state.cap = Math.min(state.cap, cap);
            state.capReasons.addAll(capReasons);
        }
        state.minimumRedemption = Math.max(state.minimumRedemption, minimum);
        state.redemptionMultiple = Math.max(state.redemptionMultiple, multiple);
        state.accruals.addAll(accruals);
        if (extendTo != null && (state.extendExpiryTo == null || extendTo.isAfter(state.extendExpiryTo))) {
            state.extendExpiryTo = extendTo;
        }
        for (String[] m : messages) {
            if (m[0] != null && !m[0].isBlank()) {
                state.cashierTexts.add(m[0]);
            }
            if (m[1] != null && !m[1].isBlank()) {
                state.slipTexts.add(m[1]);
            }
        }
    }

    private void expect(Phase expected, String effect) {
        if (phase != expected) {
            throw new IllegalStateException(effect + " belongs to phase " + expected + ", not " + phase);
        }
    }
}
