package io.kopilka.core.internal.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import io.kopilka.api.NotFoundException;
import io.kopilka.api.account.AccountType;
import io.kopilka.api.account.BonusLot;
import io.kopilka.api.account.LotMovement;
import io.kopilka.core.internal.db.IdBlocks;

/**
 * The only code that writes ledger rows: entries, postings, lots and lot movements, and the cached balances that must
 * change with them in the same transaction. Callers lock the guest account first ({@link #lock}), so that the
 * operations of one account run one after another.
 */
public final class LedgerWriter {

    private final Map<String, Long> systemAccountIds = new ConcurrentHashMap<>();
    private final IdBlocks ids;

    public LedgerWriter(IdBlocks ids) {
        this.ids = ids;
    }

    /** Locks a guest's account of a type for the rest of the transaction and returns it. */
    public AccountEntity lock(EntityManager em, long guestId, AccountType type) {
        List<AccountEntity> found = em.createQuery(
                "SELECT a FROM AccountEntity a WHERE a.guestId = :g AND a.accountType = :t", AccountEntity.class)
                .setParameter("g", guestId).setParameter("t", type.name())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("guestId", "guest " + guestId + " has no " + type + " account");
        }
        return found.get(0);
    }

    /** Persists a new entry and gives it its id. */
    public EntryEntity open(EntityManager em, EntryEntity entry) {
        entry.id = ids.next(IdBlocks.Table.JOURNAL_ENTRY);
        em.persist(entry);
        em.flush();
        return entry;
    }

    /** Posts an amount to a guest account and moves its cached balance with it. */
    public void post(EntityManager em, EntryEntity entry, AccountEntity account, long amount) {
        insertPosting(em, entry.id, account.id, amount);
        account.balance += amount;
    }

    /** Posts an amount to a system account (whose balance is not cached). */
    public void postSystem(EntityManager em, EntryEntity entry, SystemAccounts account, long amount) {
        insertPosting(em, entry.id, systemAccountId(em, entry.organizationId, account), amount);
    }

    /** Posts to any account by id: a guest account's cached balance follows, a system account's has none. */
    public void postTo(EntityManager em, EntryEntity entry, AccountEntity guestAccount, long accountId, long amount) {
        if (guestAccount.id == accountId) {
            post(em, entry, guestAccount, amount);
        } else {
            insertPosting(em, entry.id, accountId, amount);
        }
    }

    /** Creates a lot holding {@code amount} points, recorded as the entry's movement. */
    public LotEntity creditLot(EntityManager em, EntryEntity entry, AccountEntity account, long amount,
            Instant activatesAt, Instant expiresAt) {
        LotEntity lot = new LotEntity();
        lot.accountId = account.id;
        lot.initialAmount = amount;
        lot.remaining = 0;
        lot.activatesAt = activatesAt;
        lot.expiresAt = expiresAt;
        lot.sourceEntryId = entry.id;
        lot.id = ids.next(IdBlocks.Table.BONUS_LOT);
        em.persist(lot);
        em.flush();
        move(em, entry, lot, amount);
        return lot;
    }

    /** Applies movements decided by {@link LotAllocator} to the lots of the account. */
    public void applyMovements(EntityManager em, EntryEntity entry, List<LotMovement> movements) {
        for (LotMovement m : movements) {
            move(em, entry, em.find(LotEntity.class, m.lotId()), m.amount());
        }
    }

    /** Adds {@code amount} (either sign) to a lot and records the movement. */
    public void move(EntityManager em, EntryEntity entry, LotEntity lot, long amount) {
        LotMovementEntity m = new LotMovementEntity();
        m.id = ids.next(IdBlocks.Table.LOT_MOVEMENT);
        m.entryId = entry.id;
        m.lotId = lot.id;
        m.amount = amount;
        em.persist(m);
        lot.remaining += amount;
        if (lot.remaining < 0) {
            throw new IllegalStateException("Lot " + lot.id + " would go below zero");
        }
    }

    /** The lots of an account that still hold points, as the allocator sees them. */
    public List<BonusLot> openLots(EntityManager em, long accountId) {
        return em.createQuery("SELECT l FROM LotEntity l WHERE l.accountId = :a AND l.remaining > 0", LotEntity.class)
                .setParameter("a", accountId).getResultList().stream().map(LotEntity::toApi).toList();
    }

    private void insertPosting(EntityManager em, long entryId, long accountId, long amount) {
        PostingEntity p = new PostingEntity();
        p.id = ids.next(IdBlocks.Table.POSTING);
        p.entryId = entryId;
        p.accountId = accountId;
        p.amount = amount;
        em.persist(p);
    }

    private long systemAccountId(EntityManager em, long organizationId, SystemAccounts account) {
        return systemAccountIds.computeIfAbsent(organizationId + "/" + account.code(), k -> em.createQuery(
                "SELECT a.id FROM AccountEntity a WHERE a.organizationId = :o AND a.code = :c", Long.class)
                .setParameter("o", organizationId).setParameter("c", account.code()).getSingleResult());
    }
}
