package io.kopilka.mechanic.bonus.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kopilka.api.mechanic.AccrualBase;
import io.kopilka.api.mechanic.Evaluation;
import io.kopilka.api.mechanic.GuestFacts;
import io.kopilka.api.mechanic.LineView;
import io.kopilka.api.mechanic.ProgramInstance;
import io.kopilka.api.mechanic.TierStatus;
import io.kopilka.api.processing.Receipt;

/**
 * An evaluation for tests: fixed facts in, every effect recorded. Accrual bases are the lines' net amounts for
 * AFTER_DISCOUNTS and AFTER_REDEMPTION and their amounts for BEFORE_DISCOUNTS, unless set explicitly.
 */
final class RecordingEvaluation implements Evaluation {

    record Cap(long maximum, String reason) {
    }

    record Steps(long minimum, long multiple) {
    }

    record Accrued(long points, Instant activatesAt, Instant expiresAt, String description) {
    }

    record Message(String cashierText, String slipText) {
    }

    /** A guest with {@code purchases} earlier receipts. */
    record Guest(long guestId, long purchases, long totalSpent, Instant lastPurchase, LocalDate birthDate)
            implements GuestFacts {

        static Guest withPurchases(long purchases) {
            return new Guest(1, purchases, 0, null, null);
        }

        @Override
        public long spentSince(Instant from) {
            return totalSpent;
        }
    }

    final List<Cap> caps = new ArrayList<>();
    final List<Steps> steps = new ArrayList<>();
    final List<Accrued> accruals = new ArrayList<>();
    final List<Instant> extensions = new ArrayList<>();
    final List<Message> messages = new ArrayList<>();
    final List<AccrualBase> basesAsked = new ArrayList<>();

    Receipt receipt;
    Instant time;
    ZoneId zone = ZoneId.of("Europe/Moscow");
    GuestFacts guest;
    List<LineView> lines = List.of();
    TierStatus tier;
    Map<String, Long> bases;
    ProgramInstance program;

    RecordingEvaluation(Receipt receipt, GuestFacts guest, List<LineView> lines) {
        this.receipt = receipt;
        this.time = receipt.time();
        this.guest = guest;
        this.lines = List.copyOf(lines);
    }

    boolean recordedNothing() {
        return caps.isEmpty() && steps.isEmpty() && accruals.isEmpty() && extensions.isEmpty() && messages.isEmpty();
    }

    @Override
    public Receipt receipt() {
        return receipt;
    }

    @Override
    public Instant time() {
        return time;
    }

    @Override
    public ZoneId zone() {
        return zone;
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
        throw new UnsupportedOperationException("a bonus program gives no discounts");
    }

    @Override
    public void discountProportionally(long total) {
        throw new UnsupportedOperationException("a bonus program gives no discounts");
    }

    @Override
    public void tier(TierStatus status) {
        throw new UnsupportedOperationException("a bonus program sets no tier");
    }

    @Override
    public Optional<TierStatus> tier() {
        return Optional.ofNullable(tier);
    }

    @Override
    public void capRedemption(long maximum, String reason) {
        caps.add(new Cap(maximum, reason));
    }

    @Override
    public void redemptionSteps(long minimum, long multiple) {
        steps.add(new Steps(minimum, multiple));
    }

    @Override
    public long redemption() {
        return 0;
    }

    @Override
    public Map<String, Long> accrualBases(AccrualBase base) {
        basesAsked.add(base);
        if (bases != null) {
            return bases;
        }
        Map<String, Long> result = new LinkedHashMap<>();
        for (LineView line : lines) {
            result.put(line.lineId(), base == AccrualBase.BEFORE_DISCOUNTS ? line.amount() : line.net());
        }
        return result;
    }

    @Override
    public void accrue(long points, Instant activatesAt, Instant expiresAt, String description) {
        accruals.add(new Accrued(points, activatesAt, expiresAt, description));
    }

    @Override
    public void extendExpiry(Instant expiresAt) {
        extensions.add(expiresAt);
    }

    @Override
    public void message(String cashierText, String slipText) {
        messages.add(new Message(cashierText, slipText));
    }

    @Override
    public ProgramInstance program() {
        return program;
    }

    static TierStatus tierWithBonus(String percent) {
        return new TierStatus("Gold", BigDecimal.ZERO, percent == null ? null : new BigDecimal(percent), null, 0);
    }
}
