package io.kopilka.core.internal.processing;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import io.kopilka.api.ConflictException;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.processing.PosContext;
import io.kopilka.api.processing.RefundRequest;
import io.kopilka.api.processing.RefundRequest.RefundLine;
import io.kopilka.api.processing.RefundResult;
import io.kopilka.core.internal.ledger.AccountEntity;
import io.kopilka.core.internal.ledger.EntryEntity;
import io.kopilka.core.internal.ledger.Fingerprint;
import io.kopilka.core.internal.ledger.ReceiptLedger;
import io.kopilka.core.internal.program.Json;

/**
 * Refunds and cancels, inside their transaction. Points follow money: after each refund, the share of the receipt's
 * redemption given back and of its accrual taken back is the share of its net amount refunded so far, rounded down;
 * the refund that completes the receipt settles the remainder exactly. Redeemed points go back to the lots they came
 * from (see {@link ReceiptLedger#returnRedeemed}); accrued points are taken back from the receipt's lots, then from
 * the guest's other spendable points, and what the guest has already spent is recorded as a shortfall, never taken
 * into a negative balance. Refunding more than is left of a line or receipt is a conflict.
 */
final class ReceiptRefunds {

    static final String CANCEL_ID = "cancel";

    private final ReceiptLedger ledger;

    ReceiptRefunds(ReceiptLedger ledger) {
        this.ledger = ledger;
    }

    RefundResult refund(EntityManager em, PosContext pos, RefundRequest request, Instant now) {
        ReceiptEntity receipt = ReceiptStore.forRefund(em, pos, request.receiptId());
        AccountEntity bonus = receipt.guestId == null ? null : ledger.lockBonus(em, receipt.guestId);
        em.refresh(receipt);
        String hash = Fingerprint.sha256(Json.write(request));
        RefundEntity earlier = earlier(em, receipt.id, request.refundId(), hash);
        if (earlier != null) {
            return result(receipt, earlier, true);
        }
        if ("CANCELLED".equals(receipt.status)) {
            throw new ConflictException(ConflictException.REASON_ALREADY_REVERSED, "receiptId",
                    "receipt " + receipt.posReceiptId + " was cancelled");
        }
        List<ReceiptLineEntity> lines = lines(em, receipt.id);
        long[] amounts = amounts(request, lines);
        return apply(em, receipt, bonus, lines, amounts, request.refundId(), hash, pos.author(), now);
    }

    RefundResult cancel(EntityManager em, PosContext pos, String receiptId, String reason, Instant now) {
        ReceiptEntity receipt = ReceiptStore.forRefund(em, pos, receiptId);
        AccountEntity bonus = receipt.guestId == null ? null : ledger.lockBonus(em, receipt.guestId);
        em.refresh(receipt);
        RefundEntity earlier = earlier(em, receipt.id, CANCEL_ID, null);
        if (earlier != null) {
            return result(receipt, earlier, true);
        }
        List<ReceiptLineEntity> lines = lines(em, receipt.id);
        long[] amounts = lines.stream().mapToLong(ReceiptLineEntity::refundable).toArray();
        RefundResult result = apply(em, receipt, bonus, lines, amounts, CANCEL_ID,
                Fingerprint.of(CANCEL_ID, reason), pos.author(), now);
        receipt.status = "CANCELLED";
        if (receipt.guestId != null) {
            GuestStatsEntity stats = em.find(GuestStatsEntity.class, receipt.guestId);
            stats.purchases--;
        }
        return result;
    }

    private RefundResult apply(EntityManager em, ReceiptEntity receipt, AccountEntity bonus,
            List<ReceiptLineEntity> lines, long[] amounts, String refundId, String hash, String author, Instant now) {
        long amount = java.util.Arrays.stream(amounts).sum();
        long before = receipt.refunded;
        long after = before + amount;
        long returned = share(receipt.redemption, after, receipt.net()) - share(receipt.redemption, before,
                receipt.net());
        long claw = share(receipt.accrual, after, receipt.net()) - share(receipt.accrual, before, receipt.net());
        long clawed = 0;
        String key = "refund:" + receipt.id + ":" + refundId;
        if (bonus != null && returned > 0) {
            ledger.returnRedeemed(em, bonus, receipt.redemptionEntryId, earlierEntries(em, receipt.id),
                    returned, key + ":return", author, now);
        }
        if (bonus != null && claw > 0) {
            EntryEntity e = ledger.clawBack(em, bonus, accrualEntries(em, receipt.id), claw, key + ":claw", author,
                    now);
            clawed = e == null ? 0 : -e.amount;
        }
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).refunded += amounts[i];
        }
        receipt.refunded = after;
        if (receipt.guestId != null) {
            GuestStatsEntity stats = em.find(GuestStatsEntity.class, receipt.guestId);
            stats.totalSpent -= amount;
        }
        RefundEntity r = new RefundEntity();
        r.receiptId = receipt.id;
        r.refundId = refundId;
        r.requestHash = hash;
        r.amount = amount;
        r.pointsReturned = returned;
        r.pointsClawedBack = clawed;
        r.clawbackShortfall = claw - clawed;
        r.author = author;
        r.createdAt = now;
        em.persist(r);
        return result(receipt, r, false);
    }

    /** {@code part} of {@code amount} as {@code done} is of {@code whole}, rounded down; all of it when done. */
    static long share(long amount, long done, long whole) {
        if (whole <= 0 || done >= whole) {
            return amount;
        }
        return BigInteger.valueOf(amount).multiply(BigInteger.valueOf(done)).divide(BigInteger.valueOf(whole))
                .longValueExact();
    }

    private static long[] amounts(RefundRequest request, List<ReceiptLineEntity> lines) {
        if (!request.lines().isEmpty() && request.amount() != null) {
            throw new InvalidInputException("amount", "give either lines or an amount, not both");
        }
        if (!request.lines().isEmpty()) {
            return byLines(request.lines(), lines);
        }
        long[] refundable = lines.stream().mapToLong(ReceiptLineEntity::refundable).toArray();
        long left = java.util.Arrays.stream(refundable).sum();
        if (request.amount() == null) {
            if (left == 0) {
                throw new ConflictException(ConflictException.REASON_ALREADY_REVERSED, "receiptId",
                        "the receipt has been refunded in full already");
            }
            return refundable;
        }
        if (request.amount() <= 0) {
            throw new InvalidInputException("amount", "must be greater than 0");
        }
        if (request.amount() > left) {
            throw new ConflictException(ConflictException.REASON_INSUFFICIENT_BALANCE, "amount",
                    "refunds more than is left of the receipt: " + CalculationBuilder.money(left));
        }
        return Allocation.proportional(request.amount(), refundable);
    }

    private static long[] byLines(List<RefundLine> wanted, List<ReceiptLineEntity> lines) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            index.put(lines.get(i).lineId, i);
        }
        long[] amounts = new long[lines.size()];
        for (int i = 0; i < wanted.size(); i++) {
            RefundLine w = wanted.get(i);
            Integer at = w == null ? null : index.get(w.lineId());
            if (at == null) {
                throw new InvalidInputException("lines[" + i + "].lineId", "no such line in the receipt");
            }
            if (w.amount() <= 0) {
                throw new InvalidInputException("lines[" + i + "].amount", "must be greater than 0");
            }
            amounts[at] += w.amount();
            if (amounts[at] > lines.get(at).refundable()) {
                throw new ConflictException(ConflictException.REASON_INSUFFICIENT_BALANCE, "lines[" + i + "].amount",
                        "refunds more than is left of line " + w.lineId() + ": "
                        + CalculationBuilder.money(lines.get(at).refundable()));
            }
        }
        return amounts;
    }

    private static RefundEntity earlier(EntityManager em, long receiptId, String refundId, String hash) {
        RefundEntity found = em.createQuery("SELECT r FROM RefundEntity r WHERE r.receiptId = :r AND r.refundId = :i",
                RefundEntity.class).setParameter("r", receiptId).setParameter("i", refundId).getResultList().stream()
                .findFirst().orElse(null);
        if (found != null && hash != null && !found.requestHash.equals(hash)) {
            throw new ConflictException(ConflictException.REASON_IDEMPOTENCY, "refundId",
                    "refund " + refundId + " was already made with different content");
        }
        return found;
    }

    private static List<ReceiptLineEntity> lines(EntityManager em, long receiptId) {
        return em.createQuery("SELECT l FROM ReceiptLineEntity l WHERE l.receiptId = :r ORDER BY l.id",
                ReceiptLineEntity.class).setParameter("r", receiptId).getResultList();
    }

    /** The ledger entries earlier refunds of the receipt wrote to give back its redemption. */
    private static List<Long> earlierEntries(EntityManager em, long receiptId) {
        return new ArrayList<>(em.createQuery("SELECT e.id FROM EntryEntity e WHERE e.idempotencyKey LIKE :k "
                + "AND e.entryType = 'REFUND_REDEMPTION'", Long.class)
                .setParameter("k", "refund:" + receiptId + ":%:return").getResultList());
    }

    private static List<Long> accrualEntries(EntityManager em, long receiptId) {
        List<?> rows = em.createNativeQuery("SELECT entry_id FROM receipt_accrual WHERE receipt_id = ?")
                .setParameter(1, receiptId).getResultList();
        return rows.stream().map(o -> ((Number) o).longValue()).toList();
    }

    private static RefundResult result(ReceiptEntity receipt, RefundEntity r, boolean replayed) {
        return new RefundResult(r.refundId, receipt.posReceiptId, r.amount, r.pointsReturned, r.pointsClawedBack,
                r.clawbackShortfall, replayed);
    }
}
