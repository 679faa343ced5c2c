package io.kopilka.core.internal.ledger;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import io.kopilka.api.account.AccountType;
import io.kopilka.api.account.OperationType;
import io.kopilka.core.internal.db.IdBlocks;

/**
 * Burns expired bonus lots: per guest account, one EXPIRE entry whose movements empty each expired lot. Works on at
 * most a batch of lots per transaction, so that it never holds enough row locks for Derby to escalate to a table lock
 * and stall the tills.
 */
public final class ExpiryBurner {

    private final LedgerWriter writer;

    public ExpiryBurner(IdBlocks ids) {
        this.writer = new LedgerWriter(ids);
    }

    /** The accounts holding expired points, at most {@code limit} lots' worth. */
    public Map<Long, Long> due(EntityManager em, Instant now, int limit) {
        Map<Long, Long> accounts = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT l.accountId, l.id FROM LotEntity l WHERE l.remaining > 0 "
                + "AND l.expiresAt <= :now ORDER BY l.accountId", Object[].class).setParameter("now", now)
                .setMaxResults(limit).getResultList()) {
            accounts.merge((Long) row[0], 1L, Long::sum);
        }
        return accounts;
    }

    /** Burns the expired lots of one account (locking it first); returns the points burned. */
    public long burn(EntityManager em, long accountId, Instant now) {
        AccountEntity account = em.find(AccountEntity.class, accountId, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
        List<LotEntity> expired = em.createQuery("SELECT l FROM LotEntity l WHERE l.accountId = :a AND l.remaining > 0 "
                + "AND l.expiresAt <= :now ORDER BY l.id", LotEntity.class).setParameter("a", accountId)
                .setParameter("now", now).getResultList();
        long total = expired.stream().mapToLong(l -> l.remaining).sum();
        if (total == 0) {
            return 0;
        }
        EntryEntity entry = new EntryEntity();
        entry.organizationId = account.organizationId;
        entry.guestId = account.guestId;
        entry.entryType = OperationType.EXPIRE.name();
        entry.accountType = AccountType.BONUS.name();
        entry.amount = -total;
        entry.balanceAfter = account.balance - total;
        entry.reason = "expired";
        entry.author = "system:expiry";
        entry.idempotencyKey = "expire:" + accountId + ":" + now.toEpochMilli() + ":" + expired.get(0).id;
        entry.requestHash = Fingerprint.of("expire", accountId, now, total);
        entry.createdAt = now;
        writer.open(em, entry);
        writer.post(em, entry, account, -total);
        writer.postSystem(em, entry, SystemAccounts.BONUS_EXPIRED, total);
        for (LotEntity lot : expired) {
            writer.move(em, entry, lot, -lot.remaining);
        }
        return total;
    }

    /** Guests with points expiring within the window and not yet told: account to (points, soonest expiry). */
    public List<Object[]> expiringSoon(EntityManager em, Instant now, Instant until, int limit) {
        return em.createQuery("SELECT a.organizationId, a.guestId, SUM(l.remaining), MIN(l.expiresAt) FROM LotEntity l, "
                + "AccountEntity a WHERE a.id = l.accountId AND l.remaining > 0 AND l.expiresAt > :now "
                + "AND l.expiresAt <= :until AND l.expiryNotified = 0 GROUP BY a.organizationId, a.guestId",
                Object[].class).setParameter("now", now).setParameter("until", until).setMaxResults(limit)
                .getResultList();
    }

    /** Marks a guest's lots in the window as told about. */
    public int markNotified(EntityManager em, long guestId, Instant now, Instant until) {
        return em.createQuery("UPDATE LotEntity l SET l.expiryNotified = 1 WHERE l.remaining > 0 AND l.expiresAt > :now "
                + "AND l.expiresAt <= :until AND l.accountId IN (SELECT a.id FROM AccountEntity a WHERE a.guestId = :g)")
                .setParameter("now", now).setParameter("until", until).setParameter("g", guestId).executeUpdate();
    }
}
