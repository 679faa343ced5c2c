package io.kopilka.core.internal.processing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kopilka.api.mechanic.GuestFacts;
import io.kopilka.api.mechanic.TierStatus;
import io.kopilka.api.processing.Calculation.Accrual;
import io.kopilka.api.processing.Calculation.ProgramUse;
import io.kopilka.api.processing.Receipt;

/** Everything the programs have decided about one receipt so far, phase by phase. */
final class EvaluationState {

    final Receipt receipt;
    final ZoneId zone;
    final GuestFacts guest;
    final Map<String, LineState> lines = new LinkedHashMap<>();
    final List<String> capReasons = new ArrayList<>();
    final List<Accrual> accruals = new ArrayList<>();
    final List<String> cashierTexts = new ArrayList<>();
    final List<String> slipTexts = new ArrayList<>();
    final Map<Long, ProgramUse> used = new LinkedHashMap<>();
    TierStatus tier;
    long cap = Long.MAX_VALUE;
    long minimumRedemption;
    long redemptionMultiple;
    long redemption;
    long redemptionMax;
    long requestedRedemption;
    String redemptionLimit;
    Instant extendExpiryTo;

    EvaluationState(Receipt receipt, ZoneId zone, GuestFacts guest) {
        this.receipt = receipt;
        this.zone = zone;
        this.guest = guest;
        receipt.lines().forEach(l -> lines.put(l.lineId(), new LineState(l)));
    }

    long total() {
        return lines.values().stream().mapToLong(l -> l.line.amount()).sum();
    }

    long discount() {
        return lines.values().stream().mapToLong(l -> l.discount).sum();
    }

    long accrual() {
        return accruals.stream().mapToLong(Accrual::amount).sum();
    }
}
