package io.kopilka.core.internal.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import io.kopilka.api.ConflictException;
import io.kopilka.api.account.AccountType;
import io.kopilka.api.account.BonusLot;
import io.kopilka.api.account.LotMovement;
import io.kopilka.api.account.OperationType;
import io.kopilka.core.internal.text.Texts;

/**
 * Reverses an entry with a new entry whose postings are the original's, negated. Points a redemption took go back to
 * the very lots they came from, with those lots' own expiry (a lot that has expired meanwhile gets them back and the
 * expiry job burns them). Points an accrual put in are taken back from their lot; if some were spent already, the
 * rest comes from the guest's other spendable lots, soonest expiry first, and if those cannot cover it the storno is
 * refused with a conflict.
 */
final class Storno {

    private final LedgerWriter writer;

    Storno(LedgerWriter writer) {
        this.writer = writer;
    }

    Operations.Applied apply(EntityManager em, EntryEntity original, String key, String reason, String author,
            Instant now) {
        if (OperationType.STORNO.name().equals(original.entryType)) {
            throw new ConflictException(ConflictException.REASON_ALREADY_REVERSED, "entryId",
                    "entry " + original.id + " is a storno itself and cannot be reversed");
        }
        AccountType type = AccountType.valueOf(original.accountType);
        AccountEntity account = writer.lock(em, original.guestId, type);
        String hash = Fingerprint.of("storno", original.id, reason);
        EntryEntity earlier = Replays.find(em, original.organizationId, key, hash);
        if (earlier != null) {
            return new Operations.Applied(earlier, true);
        }
        boolean reversed = !em.createQuery("SELECT e.id FROM EntryEntity e WHERE e.reversesEntryId = :id", Long.class)
                .setParameter("id", original.id).getResultList().isEmpty();
        if (reversed) {
            throw new ConflictException(ConflictException.REASON_ALREADY_REVERSED, "entryId",
                    "entry " + original.id + " has already been reversed");
        }
        List<PostingEntity> postings = em.createQuery("SELECT p FROM PostingEntity p WHERE p.entryId = :e",
                PostingEntity.class).setParameter("e", original.id).getResultList();
        long delta = -postings.stream().filter(p -> p.accountId == account.id).mapToLong(p -> p.amount).sum();
        if (type != AccountType.BONUS) {
            Operations.checkLimits(account, type, delta);
        }
        List<LotMovement> movements = type == AccountType.BONUS ? lotReversal(em, original, account, now) : List.of();

        EntryEntity entry = new EntryEntity();
        entry.organizationId = original.organizationId;
        entry.guestId = original.guestId;
        entry.entryType = OperationType.STORNO.name();
        entry.accountType = original.accountType;
        entry.amount = delta;
        entry.balanceAfter = account.balance + delta;
        entry.reason = Texts.optional(reason, "reason", 500);
        entry.author = author;
        entry.idempotencyKey = key;
        entry.requestHash = hash;
        entry.reversesEntryId = original.id;
        entry.createdAt = now;
        writer.open(em, entry);
        for (PostingEntity p : postings) {
            writer.postTo(em, entry, account, p.accountId, -p.amount);
        }
        writer.applyMovements(em, entry, movements);
        return new Operations.Applied(entry, false);
    }

    private List<LotMovement> lotReversal(EntityManager em, EntryEntity original, AccountEntity account, Instant now) {
        List<LotMovementEntity> originals = em.createQuery(
                "SELECT m FROM LotMovementEntity m WHERE m.entryId = :e ORDER BY m.id", LotMovementEntity.class)
                .setParameter("e", original.id).getResultList();
        List<LotMovement> result = new ArrayList<>();
        long shortfall = 0;
        List<Long> drained = new ArrayList<>();
        for (LotMovementEntity m : originals) {
            long back = -m.amount;
            if (back > 0) {
                result.add(new LotMovement(m.lotId, back));
                continue;
            }
            LotEntity lot = em.find(LotEntity.class, m.lotId);
            long take = Math.min(-back, lot.remaining);
            if (take > 0) {
                result.add(new LotMovement(lot.id, -take));
            }
            drained.add(lot.id);
            shortfall += -back - take;
        }
        if (shortfall > 0) {
            List<BonusLot> others = writer.openLots(em, account.id).stream()
                    .filter(l -> !drained.contains(l.id())).toList();
            result.addAll(LotAllocator.consume(others, shortfall, now));
        }
        return result;
    }
}
