package io.kopilka.core.internal.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import io.kopilka.api.account.AccountType;
import io.kopilka.api.account.BonusLot;
import io.kopilka.api.account.LotMovement;
import io.kopilka.api.account.OperationType;
import io.kopilka.core.internal.db.IdBlocks;

/**
 * The ledger as refunds and cancels use it, inside their transaction: locking a guest's bonus account, and giving back
 * or taking back points of a refunded receipt. Every write is a balanced entry with its lot movements, like any other
 * operation. (Commits book their points with {@link ReceiptPostings}.)
 */
public final class ReceiptLedger {

    private final LedgerWriter writer;

    public ReceiptLedger(IdBlocks ids) {
        this.writer = new LedgerWriter(ids);
    }

    /** Locks the guest's bonus account for the rest of the transaction. */
    public AccountEntity lockBonus(EntityManager em, long guestId) {
        return writer.lock(em, guestId, AccountType.BONUS);
    }

    /**
     * Gives {@code points} back to the lots a redemption entry drew from, at most what it drew from each less what
     * earlier returns gave back; when only part goes back, the lots that expire last get theirs first (never-expiring
     * ones first of all). The lots keep their own expiry.
     *
     * @param earlierReturns entries that already gave back points of this redemption
     */
    public EntryEntity returnRedeemed(EntityManager em, AccountEntity bonus, long redemptionEntryId,
            List<Long> earlierReturns, long points, String key, String author, Instant now) {
        Map<Long, Long> returned = new java.util.HashMap<>();
        if (!earlierReturns.isEmpty()) {
            for (LotMovementEntity m : movements(em, earlierReturns)) {
                returned.merge(m.lotId, m.amount, Long::sum);
            }
        }
        List<LotMovementEntity> drawn = new ArrayList<>(movements(em, List.of(redemptionEntryId)));
        drawn.sort(java.util.Comparator.comparing((LotMovementEntity m) -> em.find(LotEntity.class, m.lotId).expiresAt,
                java.util.Comparator.nullsFirst(java.util.Comparator.<Instant>reverseOrder())));
        List<LotMovement> back = new ArrayList<>();
        long left = points;
        for (LotMovementEntity m : drawn) {
            if (left == 0) {
                break;
            }
            long room = -m.amount - returned.getOrDefault(m.lotId, 0L);
            long give = Math.min(room, left);
            if (give > 0) {
                back.add(new LotMovement(m.lotId, give));
                returned.merge(m.lotId, give, Long::sum);
                left -= give;
            }
        }
        if (left > 0) {
            throw new IllegalStateException("Cannot give back " + points + " points of entry " + redemptionEntryId);
        }
        return write(em, bonus, OperationType.REFUND_REDEMPTION, points, back, key, author, now);
    }

    /**
     * Takes back up to {@code points} accrued by a receipt: first from the receipt's own accrual lots, then from the
     * guest's other spendable lots, soonest expiry first. What the guest has already spent is not taken.
     *
     * @return the entry written, or {@code null} when there was nothing to take
     */
    public EntryEntity clawBack(EntityManager em, AccountEntity bonus, List<Long> accrualEntryIds, long points,
            String key, String author, Instant now) {
        List<Long> ownLots = accrualEntryIds.isEmpty() ? List.of() : em.createQuery(
                "SELECT l.id FROM LotEntity l WHERE l.sourceEntryId IN :e ORDER BY l.id", Long.class)
                .setParameter("e", accrualEntryIds).getResultList();
        List<BonusLot> open = writer.openLots(em, bonus.id);
        List<LotMovement> take = new ArrayList<>();
        long left = points;
        for (Long lotId : ownLots) {
            for (BonusLot lot : open) {
                if (lot.id() == lotId && left > 0) {
                    long t = Math.min(left, lot.remaining());
                    take.add(new LotMovement(lotId, -t));
                    left -= t;
                }
            }
        }
        List<BonusLot> others = open.stream().filter(l -> !ownLots.contains(l.id()) && l.spendableAt(now)).toList();
        long available = others.stream().mapToLong(BonusLot::remaining).sum();
        if (left > 0 && available > 0) {
            take.addAll(LotAllocator.consume(others, Math.min(left, available), now));
        }
        long taken = -take.stream().mapToLong(LotMovement::amount).sum();
        return taken == 0 ? null : write(em, bonus, OperationType.REFUND_ACCRUAL, -taken, take, key, author, now);
    }

    private EntryEntity write(EntityManager em, AccountEntity bonus, OperationType type, long delta,
            List<LotMovement> movements, String key, String author, Instant now) {
        EntryEntity entry = new EntryEntity();
        entry.organizationId = bonus.organizationId;
        entry.guestId = bonus.guestId;
        entry.entryType = type.name();
        entry.accountType = AccountType.BONUS.name();
        entry.amount = delta;
        entry.balanceAfter = bonus.balance + delta;
        entry.reason = "receipt refund";
        entry.author = author;
        entry.idempotencyKey = key;
        entry.requestHash = Fingerprint.of(type, bonus.id, delta, movements);
        entry.createdAt = now;
        writer.open(em, entry);
        writer.post(em, entry, bonus, delta);
        writer.postSystem(em, entry, SystemAccounts.counterOf(type), -delta);
        writer.applyMovements(em, entry, movements);
        return entry;
    }

    private static List<LotMovementEntity> movements(EntityManager em, List<Long> entryIds) {
        return em.createQuery("SELECT m FROM LotMovementEntity m WHERE m.entryId IN :e ORDER BY m.id",
                LotMovementEntity.class).setParameter("e", entryIds).getResultList();
    }
}
