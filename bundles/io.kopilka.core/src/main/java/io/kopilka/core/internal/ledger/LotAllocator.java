package io.kopilka.core.internal.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.kopilka.api.ConflictException;
import io.kopilka.api.account.BonusLot;
import io.kopilka.api.account.LotMovement;

/**
 * Decides which lots a debit of points draws from: only lots spendable now, soonest expiry first (lots that never
 * expire last), then the earliest activated, then the oldest.
 */
public final class LotAllocator {

    /** The order lots are consumed in. */
    public static final Comparator<BonusLot> CONSUMPTION_ORDER = Comparator
            .comparing(BonusLot::expiresAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(BonusLot::activatesAt)
            .thenComparingLong(BonusLot::id);

    private LotAllocator() {
    }

    /**
     * The movements (negative amounts) that take {@code amount} from {@code lots}.
     *
     * @throws ConflictException if the spendable lots hold less than {@code amount}
     */
    public static List<LotMovement> consume(List<BonusLot> lots, long amount, Instant now) {
        List<BonusLot> spendable = new ArrayList<>();
        long available = 0;
        for (BonusLot lot : lots) {
            if (lot.remaining() > 0 && lot.spendableAt(now)) {
                spendable.add(lot);
                available += lot.remaining();
            }
        }
        if (available < amount) {
            throw new ConflictException(ConflictException.REASON_INSUFFICIENT_BALANCE, "amount",
                    "insufficient bonus balance: " + available + " available, " + amount + " requested (minor units)");
        }
        spendable.sort(CONSUMPTION_ORDER);
        List<LotMovement> movements = new ArrayList<>();
        long left = amount;
        for (BonusLot lot : spendable) {
            if (left == 0) {
                break;
            }
            long take = Math.min(left, lot.remaining());
            movements.add(new LotMovement(lot.id(), -take));
            left -= take;
        }
        return movements;
    }
}
