package io.kopilka.core.internal.processing;

import io.kopilka.api.Amounts;

/**
 * Decides the points a guest may pay with and spreads them over the lines. The most is the least of: what is left to
 * pay after discounts, the guest's spendable points, and every program's cap. A minimum makes anything below it zero;
 * a multiple rounds down to it. The request is then granted up to that most; the points are spread over the lines in
 * proportion to what is left of them (see {@link Allocation}).
 */
final class Redemptions {

    private Redemptions() {
    }

    static void grant(EvaluationState state, long bonusAvailable) {
        long net = state.total() - state.discount();
        long max = Math.min(net, bonusAvailable);
        String reason = bonusAvailable < net ? "bonus balance" : "amount to pay";
        if (state.guest == null) {
            max = 0;
            reason = "no guest";
        } else if (state.cap < max) {
            max = state.cap;
            reason = String.join("; ", state.capReasons);
        }
        max = stepped(state, max);
        state.redemptionMax = max;
        state.redemptionLimit = state.minimumRedemption > 0 && max == 0 && state.guest != null
                ? "below the minimum of " + Amounts.toDecimal(state.minimumRedemption).toPlainString() : reason;
        long requested = state.receipt.redemption().maximum() ? max : state.receipt.redemption().amount();
        state.requestedRedemption = requested;
        state.redemption = stepped(state, Math.min(requested, max));
        LineState[] lines = state.lines.values().toArray(LineState[]::new);
        long[] shares = Allocation.proportional(state.redemption,
                java.util.Arrays.stream(lines).mapToLong(LineState::net).toArray());
        for (int i = 0; i < lines.length; i++) {
            lines[i].redemption = shares[i];
        }
    }

    private static long stepped(EvaluationState state, long amount) {
        long result = amount;
        if (state.redemptionMultiple > 0) {
            result -= result % state.redemptionMultiple;
        }
        return result < state.minimumRedemption ? 0 : result;
    }
}
