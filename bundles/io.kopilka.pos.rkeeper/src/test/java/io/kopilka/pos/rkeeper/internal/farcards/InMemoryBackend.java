package io.kopilka.pos.rkeeper.internal.farcards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A small {@link FarCardsBackend} for the tests: cards with one balance in kopecks, applied all-or-none under a
 * lock, replays answered from the stored result by idempotency key. Records what it was asked.
 */
final class InMemoryBackend implements FarCardsBackend {

    /** Code for "not enough on the card". */
    static final int INSUFFICIENT = 1;

    private final Map<Long, Long> balances = new HashMap<>();
    private final Map<Long, String> holders = new HashMap<>();
    private final Map<Long, String> blocked = new HashMap<>();
    private final Map<String, EmailMatch> emails = new HashMap<>();
    private final Map<Long, CardImage> images = new HashMap<>();
    private final Map<String, BatchResult> applied = new ConcurrentHashMap<>();
    final List<CardQuery> queries = new CopyOnWriteArrayList<>();
    final List<TransactionBatch> batches = new CopyOnWriteArrayList<>();
    final List<String> licenseNotices = new CopyOnWriteArrayList<>();
    Function<FarCardsTransaction, TransactionOutcome.Accepted> report = t -> TransactionOutcome.accepted();

    InMemoryBackend card(long code, String holder, long balanceKopecks) {
        balances.put(code, balanceKopecks);
        holders.put(code, holder);
        return this;
    }

    InMemoryBackend block(long code, String reason) {
        blocked.put(code, reason);
        return this;
    }

    InMemoryBackend email(String email, EmailMatch match) {
        emails.put(email, match);
        return this;
    }

    InMemoryBackend image(long code, byte[] bytes) {
        images.put(code, CardImage.of(bytes));
        return this;
    }

    synchronized long balance(long code) {
        return balances.get(code);
    }

    @Override
    public synchronized CardLookup lookUpCard(CardQuery query) {
        queries.add(query);
        if (!balances.containsKey(query.cardCode())) {
            return CardLookup.notFound();
        }
        if (blocked.containsKey(query.cardCode())) {
            return CardLookup.blocked(blocked.get(query.cardCode()));
        }
        return CardLookup.found(CardInfo.builder().holder(holders.get(query.cardCode())).account(query.cardCode())
                .discountCode(25).bonusCode(4).discountLimit(10_000).balance(balances.get(query.cardCode()))
                .build());
    }

    @Override
    public synchronized BatchResult applyTransactions(TransactionBatch batch) {
        batches.add(batch);
        BatchResult replay = applied.get(batch.idempotencyKey());
        if (replay != null) {
            return replay;
        }
        Map<Long, Long> next = new HashMap<>(balances);
        List<TransactionOutcome> outcomes = new ArrayList<>();
        boolean refused = false;
        for (FarCardsTransaction t : batch.transactions()) {
            TransactionOutcome outcome = apply(next, t);
            refused |= outcome instanceof TransactionOutcome.Refused;
            outcomes.add(outcome);
        }
        BatchResult result = BatchResult.of(outcomes);
        if (!refused) {
            balances.putAll(next);
            applied.put(batch.idempotencyKey(), result);
        }
        return result;
    }

    private TransactionOutcome apply(Map<Long, Long> next, FarCardsTransaction t) {
        Long balance = next.get(t.cardCode());
        if (balance == null) {
            return TransactionOutcome.refused(2, "no such card " + t.cardCode());
        }
        if (t.kind() == TransactionKind.PAYMENT || t.kind() == TransactionKind.BONUS) {
            long after = balance + t.amountKopecks();
            if (after < 0) {
                return TransactionOutcome.refused(INSUFFICIENT, "not enough on card " + t.cardCode());
            }
            next.put(t.cardCode(), after);
        }
        return report.apply(t);
    }

    @Override
    public synchronized Optional<EmailMatch> findByEmail(String email) {
        return Optional.ofNullable(emails.get(email));
    }

    @Override
    public synchronized Optional<CardImage> cardImage(long cardCode) {
        return Optional.ofNullable(images.get(cardCode));
    }

    @Override
    public void licenseNotice(String body) {
        licenseNotices.add(body);
    }
}
