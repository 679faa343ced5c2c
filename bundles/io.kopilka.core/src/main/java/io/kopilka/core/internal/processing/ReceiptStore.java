package io.kopilka.core.internal.processing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import io.kopilka.api.ConflictException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.account.OperationRequest;
import io.kopilka.api.account.OperationType;
import io.kopilka.api.processing.Calculation;
import io.kopilka.api.processing.Calculation.Accrual;
import io.kopilka.api.processing.Calculation.ProgramUse;
import io.kopilka.api.processing.CommitResult;
import io.kopilka.api.processing.PosContext;
import io.kopilka.api.processing.Receipt;
import io.kopilka.api.processing.ReceiptLine;
import io.kopilka.core.internal.guest.GuestEntity;
import io.kopilka.core.internal.ledger.AccountEntity;
import io.kopilka.core.internal.ledger.ReceiptLedger;
import io.kopilka.core.internal.program.Json;

/**
 * Books a calculated receipt inside the commit transaction: its redemption and accrual entries, the expiry extension,
 * the receipt with its lines and the program versions it used, and the guest's purchase statistics.
 */
final class ReceiptStore {

    private final ReceiptLedger ledger;

    ReceiptStore(ReceiptLedger ledger) {
        this.ledger = ledger;
    }

    static ReceiptEntity find(EntityManager em, long terminalId, String posReceiptId) {
        return em.createQuery("SELECT r FROM ReceiptEntity r WHERE r.terminalId = :t AND r.posReceiptId = :p",
                ReceiptEntity.class).setParameter("t", terminalId).setParameter("p", posReceiptId).getResultList()
                .stream().findFirst().orElse(null);
    }

    /** The receipt a refund names: this terminal's, else the venue's only receipt with that id. */
    static ReceiptEntity forRefund(EntityManager em, PosContext pos, String posReceiptId) {
        ReceiptEntity own = find(em, pos.terminalId(), posReceiptId);
        if (own != null) {
            return own;
        }
        List<ReceiptEntity> venue = em.createQuery("SELECT r FROM ReceiptEntity r WHERE r.venueId = :v "
                + "AND r.posReceiptId = :p", ReceiptEntity.class).setParameter("v", pos.venueId())
                .setParameter("p", posReceiptId).getResultList();
        if (venue.isEmpty()) {
            throw new NotFoundException("receiptId", "no committed receipt " + posReceiptId + " in this venue");
        }
        if (venue.size() > 1) {
            throw new ConflictException(ConflictException.REASON_DUPLICATE, "receiptId",
                    "several terminals of this venue have a receipt " + posReceiptId + "; refund it from its own");
        }
        return venue.get(0);
    }

    CommitResult book(EntityManager em, PosContext pos, Receipt r, String hash, GuestEntity guest,
            AccountEntity bonus, EvaluationState state, Calculation calc, Instant now) {
        String key = "pos:" + pos.terminalId() + ":" + r.receiptId();
        Long redemptionEntry = null;
        List<Long> accrualEntries = new ArrayList<>();
        if (guest != null) {
            if (calc.redemption() > 0) {
                redemptionEntry = ledger.operate(em, pos.organizationId(), guest.id, new OperationRequest(key + ":redeem",
                        OperationType.REDEEM, calc.redemption(), "receipt " + r.receiptId(), null, null, null),
                        pos.author(), now).id;
            }
            for (int i = 0; i < calc.accruals().size(); i++) {
                Accrual a = calc.accruals().get(i);
                accrualEntries.add(ledger.operate(em, pos.organizationId(), guest.id, new OperationRequest(
                        key + ":accrue:" + i, OperationType.ACCRUE, a.amount(), "receipt " + r.receiptId() + ": "
                        + a.program(), a.description(), a.activatesAt(), a.expiresAt()), pos.author(), now).id);
            }
            if (state.extendExpiryTo != null) {
                ledger.extendExpiry(em, bonus, state.extendExpiryTo);
            }
        }
        ReceiptEntity receipt = receipt(pos, r, hash, guest, calc, redemptionEntry, now);
        em.persist(receipt);
        em.flush();
        lines(em, receipt.id, state);
        for (ProgramUse use : calc.programs()) {
            em.createNativeQuery("INSERT INTO receipt_program (receipt_id, program_id, version) VALUES (?, ?, ?)")
                    .setParameter(1, receipt.id).setParameter(2, use.programId()).setParameter(3, use.version())
                    .executeUpdate();
        }
        for (int i = 0; i < accrualEntries.size(); i++) {
            em.createNativeQuery("INSERT INTO receipt_accrual (receipt_id, entry_id, program_id) VALUES (?, ?, ?)")
                    .setParameter(1, receipt.id).setParameter(2, accrualEntries.get(i))
                    .setParameter(3, calc.accruals().get(i).programId()).executeUpdate();
        }
        if (guest != null) {
            countPurchase(em, guest.id, receipt.net(), r.time());
        }
        CommitResult result = new CommitResult(receipt.id, r.receiptId(), calc, redemptionEntry, accrualEntries, false);
        receipt.resultJson = Json.write(result);
        return result;
    }

    private static ReceiptEntity receipt(PosContext pos, Receipt r, String hash, GuestEntity guest, Calculation calc,
            Long redemptionEntry, Instant now) {
        ReceiptEntity e = new ReceiptEntity();
        e.organizationId = pos.organizationId();
        e.venueId = pos.venueId();
        e.terminalId = pos.terminalId();
        e.posReceiptId = r.receiptId();
        e.requestHash = hash;
        e.guestId = guest == null ? null : guest.id;
        e.time = r.time();
        e.cashier = r.cashier();
        e.total = calc.total();
        e.discount = calc.discount();
        e.redemption = calc.redemption();
        e.accrual = calc.accrual();
        e.status = "COMMITTED";
        e.redemptionEntryId = redemptionEntry;
        e.resultJson = "{}";
        e.createdAt = now;
        return e;
    }

    private static void lines(EntityManager em, long receiptId, EvaluationState state) {
        for (LineState l : state.lines.values()) {
            ReceiptLine line = l.line;
            ReceiptLineEntity e = new ReceiptLineEntity();
            e.receiptId = receiptId;
            e.lineId = line.lineId();
            e.sku = line.sku();
            e.name = line.name();
            e.groups = String.join(",", line.groups());
            e.quantity = line.quantity();
            e.price = line.price();
            e.amount = line.amount();
            e.discount = l.discount;
            e.redemption = l.redemption;
            em.persist(e);
        }
    }

    /** Moves a guest's statistics by one purchase (or back by one, with {@code count} -1) of {@code spent}. */
    static void countPurchase(EntityManager em, long guestId, long spent, Instant time) {
        GuestStatsEntity stats = em.find(GuestStatsEntity.class, guestId);
        if (stats == null) {
            stats = new GuestStatsEntity();
            stats.guestId = guestId;
            em.persist(stats);
        }
        stats.purchases++;
        stats.totalSpent += spent;
        if (stats.lastPurchase == null || time.isAfter(stats.lastPurchase)) {
            stats.lastPurchase = time;
        }
    }
}
