package io.kopilka.pos.rkeeper.internal;

import java.util.Optional;

import io.kopilka.pos.rkeeper.internal.farcards.BatchResult;
import io.kopilka.pos.rkeeper.internal.farcards.CardImage;
import io.kopilka.pos.rkeeper.internal.farcards.CardLookup;
import io.kopilka.pos.rkeeper.internal.farcards.CardQuery;
import io.kopilka.pos.rkeeper.internal.farcards.EmailMatch;
import io.kopilka.pos.rkeeper.internal.farcards.FarCardsBackend;
import io.kopilka.pos.rkeeper.internal.farcards.FarCardsRejection;
import io.kopilka.pos.rkeeper.internal.farcards.TransactionBatch;

/** Answers every call with one refusal (a wrong key): the till shows the reason instead of a connection error. */
final class RefusingBackend implements FarCardsBackend {

    private final int code;
    private final String text;

    RefusingBackend(int code, String text) {
        this.code = code;
        this.text = text;
    }

    @Override
    public CardLookup lookUpCard(CardQuery query) {
        throw new FarCardsRejection(code, text);
    }

    @Override
    public BatchResult applyTransactions(TransactionBatch batch) {
        throw new FarCardsRejection(code, text);
    }

    @Override
    public Optional<EmailMatch> findByEmail(String email) {
        throw new FarCardsRejection(code, text);
    }

    @Override
    public Optional<CardImage> cardImage(long cardCode) {
        throw new FarCardsRejection(code, text);
    }
}
