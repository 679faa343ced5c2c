package io.kopilka.pos.rkeeper.internal.farcards;

import java.util.Optional;

/**
 * The business decisions behind Kopilka's FarCards-HTTP endpoint; {@link FarCardsServer} does the protocol around
 * them. Every method may throw {@link FarCardsRejection} to refuse with its own code and text; any other exception
 * is answered as {@link FarCardsError#INTERNAL_ERROR} (its message is not sent to the POS). Must be thread-safe:
 * several cash stations call at once.
 */
public interface FarCardsBackend {

    /**
     * GetCardInfoEx: what r_keeper should know about a card. Runs for every card swipe and again around payments,
     * pre-checks and slips ({@code CHECK/@chmode}), so it must be fast and free of side effects.
     *
     * @param query the card code (Int64), FarCards restaurant code, POS number and the receipt, if sent
     * @return {@link CardLookup.Found} with the balance, discount and bonus numbers configured in r_keeper;
     *         {@link CardLookup.NotFound}; or {@link CardLookup.Blocked} with the reason shown to the cashier
     */
    CardLookup lookUpCard(CardQuery query);

    /**
     * TransactionsEx: applies the receipt's card transactions atomically, all or none. Refunds and rollbacks are
     * ordinary transactions with the opposite sign ({@link TransactionKind}). A retry of a batch already applied
     * (same {@link TransactionBatch#idempotencyKey()}) must answer the stored result without applying it again.
     *
     * @param batch the transactions, never empty, and the receipt if sent
     * @return one outcome per transaction in batch order; a single {@link TransactionOutcome.Refused} means that
     *         nothing was applied
     */
    BatchResult applyTransactions(TransactionBatch batch);

    /**
     * FindEmail (optional function): the account whose holder has this e-mail address.
     *
     * @param email {@code QRY/@Email} as sent, trimmed, never empty
     * @return the account, card and holder name, or empty if none
     */
    Optional<EmailMatch> findByEmail(String email);

    /**
     * GetCardImageEx (optional function): the picture for a card.
     *
     * @param cardCode {@code QRY/@CardCode}
     * @return the image (PNG, JPEG, GIF or BMP bytes), or empty if there is no card or no picture
     */
    Optional<CardImage> cardImage(long cardCode);

    /**
     * LicenseInfo (optional endpoint): ExtDllHTTP reports a licensing error (S1). The body's format is not
     * documented; it arrives as text, at most {@link FarCardsLimits#maxBodyBytes()} bytes, decoded as UTF-8. The
     * default ignores it; an implementation should store it and alert the owner.
     *
     * @param body the raw notification
     */
    default void licenseNotice(String body) {
    }
}
