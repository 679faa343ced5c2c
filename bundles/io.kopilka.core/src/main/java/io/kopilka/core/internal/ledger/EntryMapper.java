package io.kopilka.core.internal.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import io.kopilka.api.account.AccountType;
import io.kopilka.api.account.JournalEntry;
import io.kopilka.api.account.LotMovement;
import io.kopilka.api.account.OperationType;
import io.kopilka.api.account.Posting;

/** Turns stored entries into API entries, loading the postings and lot movements of a whole page in two queries. */
final class EntryMapper {

    private EntryMapper() {
    }

    static JournalEntry one(EntityManager em, EntryEntity e) {
        return many(em, List.of(e)).get(0);
    }

    static List<JournalEntry> many(EntityManager em, List<EntryEntity> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Long> ids = entries.stream().map(e -> e.id).toList();
        Map<Long, List<Posting>> postings = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT p.entryId, p.accountId, a.code, p.amount FROM PostingEntity p, "
                + "AccountEntity a WHERE a.id = p.accountId AND p.entryId IN :ids ORDER BY p.id", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            postings.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new Posting((Long) row[1], (String) row[2], (Long) row[3]));
        }
        Map<Long, List<LotMovement>> movements = new HashMap<>();
        for (LotMovementEntity m : em.createQuery("SELECT m FROM LotMovementEntity m WHERE m.entryId IN :ids "
                + "ORDER BY m.id", LotMovementEntity.class).setParameter("ids", ids).getResultList()) {
            movements.computeIfAbsent(m.entryId, k -> new ArrayList<>()).add(new LotMovement(m.lotId, m.amount));
        }
        return entries.stream().map(e -> new JournalEntry(e.id, e.organizationId, e.guestId,
                OperationType.valueOf(e.entryType), AccountType.valueOf(e.accountType), e.amount, e.balanceAfter,
                e.reason, e.comment, e.author, e.idempotencyKey, e.reversesEntryId, e.createdAt,
                postings.getOrDefault(e.id, List.of()), movements.getOrDefault(e.id, List.of()))).toList();
    }
}
