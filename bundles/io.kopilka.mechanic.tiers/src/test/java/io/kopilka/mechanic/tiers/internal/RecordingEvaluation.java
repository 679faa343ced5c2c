package io.kopilka.mechanic.tiers.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kopilka.api.mechanic.AccrualBase;
import io.kopilka.api.mechanic.Evaluation;
import io.kopilka.api.mechanic.GuestFacts;
import io.kopilka.api.mechanic.LineView;
import io.kopilka.api.mechanic.Parameters;
import io.kopilka.api.mechanic.ProgramInstance;
import io.kopilka.api.mechanic.TierStatus;
import io.kopilka.api.processing.Receipt;

/** An evaluation that records the effects a mechanic adds; effects the tier mechanic must never add fail the test. */
final class RecordingEvaluation implements Evaluation {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final Instant time;
    private final GuestFacts guest;
    private final List<LineView> lines;
    final List<TierStatus> tiers = new ArrayList<>();
    final List<Long> proportionalDiscounts = new ArrayList<>();
    final List<String> cashierTexts = new ArrayList<>();
    final List<String> slipTexts = new ArrayList<>();

    RecordingEvaluation(Instant time, GuestFacts guest, List<LineView> lines) {
        this.time = time;
        this.guest = guest;
        this.lines = List.copyOf(lines);
    }

    /** A line of {@code amount} minor units with {@code discount} given by earlier programs. */
    static LineView line(String id, long amount, long discount) {
        return new LineView(id, "sku-" + id, "Item " + id, List.of(), BigDecimal.ONE, amount, amount,
                discount);
    }

    boolean recordedNothing() {
        return tiers.isEmpty() && proportionalDiscounts.isEmpty() && cashierTexts.isEmpty();
    }

    @Override
    public Receipt receipt() {
        return new Receipt("r-1", time, "cashier", List.of(), List.of(), guest == null ? null : "+79990000000", null);
    }

    @Override
    public Instant time() {
        return time;
    }

    @Override
    public ZoneId zone() {
        return MOSCOW;
    }

    @Override
    public Optional<GuestFacts> guest() {
        return Optional.ofNullable(guest);
    }

    @Override
    public List<LineView> lines() {
        return lines;
    }

    @Override
    public void discount(String lineId, long amount) {
        throw new AssertionError("the tier mechanic discounts proportionally only");
    }

    @Override
    public void discountProportionally(long total) {
        proportionalDiscounts.add(total);
    }

    @Override
    public void tier(TierStatus status) {
        tiers.add(status);
    }

    @Override
    public Optional<TierStatus> tier() {
        return tiers.isEmpty() ? Optional.empty() : Optional.of(tiers.get(tiers.size() - 1));
    }

    @Override
    public void capRedemption(long maximum, String reason) {
        throw new AssertionError("unexpected capRedemption");
    }

    @Override
    public void redemptionSteps(long minimum, long multiple) {
        throw new AssertionError("unexpected redemptionSteps");
    }

    @Override
    public long redemption() {
        throw new AssertionError("unexpected redemption");
    }

    @Override
    public Map<String, Long> accrualBases(AccrualBase base) {
        throw new AssertionError("unexpected accrualBases");
    }

    @Override
    public void accrue(long points, Instant activatesAt, Instant expiresAt, String description) {
        throw new AssertionError("unexpected accrue");
    }

    @Override
    public void extendExpiry(Instant expiresAt) {
        throw new AssertionError("unexpected extendExpiry");
    }

    @Override
    public void message(String cashierText, String slipText) {
        cashierTexts.add(cashierText);
        slipTexts.add(slipText);
    }

    @Override
    public ProgramInstance program() {
        return new ProgramInstance(7, 1, "Card levels", Parameters.empty());
    }
}
