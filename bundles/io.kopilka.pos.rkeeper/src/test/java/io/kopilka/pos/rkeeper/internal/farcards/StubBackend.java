package io.kopilka.pos.rkeeper.internal.farcards;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A backend whose every answer is a replaceable function; counts calls. Unset functions fail the test. */
final class StubBackend implements FarCardsBackend {

    final AtomicInteger calls = new AtomicInteger();
    Function<CardQuery, CardLookup> lookUp = q -> {
        throw new AssertionError("lookUpCard not expected");
    };
    Function<TransactionBatch, BatchResult> apply = b -> {
        throw new AssertionError("applyTransactions not expected");
    };
    Function<String, Optional<EmailMatch>> email = e -> {
        throw new AssertionError("findByEmail not expected");
    };
    Function<Long, Optional<CardImage>> image = c -> {
        throw new AssertionError("cardImage not expected");
    };

    @Override
    public CardLookup lookUpCard(CardQuery query) {
        calls.incrementAndGet();
        return lookUp.apply(query);
    }

    @Override
    public BatchResult applyTransactions(TransactionBatch batch) {
        calls.incrementAndGet();
        return apply.apply(batch);
    }

    @Override
    public Optional<EmailMatch> findByEmail(String address) {
        calls.incrementAndGet();
        return email.apply(address);
    }

    @Override
    public Optional<CardImage> cardImage(long cardCode) {
        calls.incrementAndGet();
        return image.apply(cardCode);
    }
}
