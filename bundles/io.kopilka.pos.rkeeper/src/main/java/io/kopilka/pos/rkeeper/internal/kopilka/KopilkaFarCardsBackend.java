package io.kopilka.pos.rkeeper.internal.kopilka;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.kopilka.api.ConflictException;
import io.kopilka.api.KopilkaException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.guest.GuestService;
import io.kopilka.api.guest.IdentifierMatch;
import io.kopilka.api.guest.IdentifierService;
import io.kopilka.api.guest.IdentifierType;
import io.kopilka.api.pos.PosDirectory;
import io.kopilka.api.processing.Calculation;
import io.kopilka.api.processing.CommitResult;
import io.kopilka.api.processing.PosContext;
import io.kopilka.api.processing.ProcessingService;
import io.kopilka.api.processing.RefundRequest;
import io.kopilka.pos.rkeeper.internal.farcards.BatchResult;
import io.kopilka.pos.rkeeper.internal.farcards.CardImage;
import io.kopilka.pos.rkeeper.internal.farcards.CardInfo;
import io.kopilka.pos.rkeeper.internal.farcards.CardLookup;
import io.kopilka.pos.rkeeper.internal.farcards.CardQuery;
import io.kopilka.pos.rkeeper.internal.farcards.CheckData;
import io.kopilka.pos.rkeeper.internal.farcards.EmailMatch;
import io.kopilka.pos.rkeeper.internal.farcards.FarCardsBackend;
import io.kopilka.pos.rkeeper.internal.farcards.FarCardsRejection;
import io.kopilka.pos.rkeeper.internal.farcards.FarCardsTransaction;
import io.kopilka.pos.rkeeper.internal.farcards.TransactionBatch;
import io.kopilka.pos.rkeeper.internal.farcards.TransactionKind;
import io.kopilka.pos.rkeeper.internal.farcards.TransactionOutcome;

/**
 * FarCards decisions made by Kopilka for one organization. A card look-up asks processing what the receipt would get
 * (tier, discount, bonus) without side effects; the r_keeper discount and bonus numbers come from the settings. A
 * TransactionsEx batch is one receipt: its card payment is the redemption, and it is committed once (a retry is
 * answered with the first result); Kopilka's own accrual is reported back as the bonus transaction's value. A batch
 * of cancellations refunds what is left of that receipt. Kopilka's refusals become FarCards refusals with a code.
 */
public final class KopilkaFarCardsBackend implements FarCardsBackend {

    static final String VENDOR = "rkeeper";
    static final int UNKNOWN_RESTAURANT = 101;
    static final int RECEIPT_REQUIRED = 102;
    static final int REFUSED = 103;
    static final int NOT_FOUND = 104;

    private final long organizationId;
    private final ProcessingService processing;
    private final PosDirectory directory;
    private final GuestService guests;
    private final IdentifierService identifiers;
    private final RkeeperSettings settings;
    private final Clock clock;

    public KopilkaFarCardsBackend(long organizationId, ProcessingService processing, PosDirectory directory,
            GuestService guests, IdentifierService identifiers, RkeeperSettings settings, Clock clock) {
        this.organizationId = organizationId;
        this.processing = processing;
        this.directory = directory;
        this.guests = guests;
        this.identifiers = identifiers;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public CardLookup lookUpCard(CardQuery query) {
        Optional<IdentifierMatch> match = guests.lookup(organizationId, Long.toString(query.cardCode()));
        if (match.isEmpty()) {
            return CardLookup.notFound();
        }
        if (!match.get().identifier().active()) {
            return CardLookup.blocked("Card blocked");
        }
        PosContext pos = pos(query.restaurant(), query.unitNo());
        CheckData data = query.receipt().map(r -> r.data()).orElse(CheckData.EMPTY);
        Instant time = query.receipt().flatMap(r -> localTime(r.generatedAt())).orElse(clock.instant());
        Calculation c = kopilka(() -> processing.calculate(pos, ReceiptMapping.toReceipt(data,
                Long.toString(query.cardCode()), 0, time)));
        Calculation.GuestSummary g = c.guest();
        return CardLookup.found(CardInfo.builder()
                .holder(g.name() == null ? "" : g.name())
                .personId(g.id())
                .account(g.id())
                .balance(g.bonusAvailable())
                .discountLimit(c.redemptionMax())
                .discountCode(settings.discountCodeFor(g.tier()))
                .bonusCode(settings.bonusCode())
                .screenMessage(c.cashierText())
                .printMessage(c.slipText())
                .build());
    }

    @Override
    public BatchResult applyTransactions(TransactionBatch batch) {
        CheckData data = batch.receipt().map(r -> r.data())
                .orElseThrow(() -> new FarCardsRejection(RECEIPT_REQUIRED, "The receipt XML (INPBUF) is required"));
        FarCardsTransaction first = batch.transactions().get(0);
        PosContext pos = pos(first.restaurant(), first.unitNo());
        if (batch.transactions().stream().allMatch(FarCardsTransaction::isCancellation)) {
            kopilka(() -> processing.refund(pos, new RefundRequest("rk-" + batch.idempotencyKey().substring(0, 40),
                    ReceiptMapping.receiptId(data), List.of(), null)));
            return BatchResult.allAccepted(batch.transactions().size());
        }
        long redemption = -batch.transactions().stream().filter(t -> t.kind() == TransactionKind.PAYMENT)
                .mapToLong(FarCardsTransaction::amountKopecks).sum();
        Instant time = receiptTime(batch, first);
        CommitResult r = kopilka(() -> processing.commit(pos, ReceiptMapping.toReceipt(data,
                Long.toString(first.cardCode()), redemption, time)));
        List<TransactionOutcome> outcomes = new ArrayList<>();
        for (FarCardsTransaction t : batch.transactions()) {
            TransactionOutcome.Accepted accepted = TransactionOutcome.accepted().withExtId(String.valueOf(r.receiptKey()));
            if (t.kind() == TransactionKind.BONUS) {
                accepted = accepted.withValue(r.calculation().accrual());
            }
            outcomes.add(accepted);
        }
        return new BatchResult(outcomes, r.calculation().slipText(), Optional.empty());
    }

    /** The guest with exactly this e-mail: the account is the guest's id, the card their first active card. */
    @Override
    public Optional<EmailMatch> findByEmail(String email) {
        String wanted = email.strip().toLowerCase(java.util.Locale.ROOT);
        return kopilka(() -> guests.search(organizationId, wanted, 0, 20)).items().stream()
                .filter(g -> wanted.equals(g.email())).findFirst()
                .map(g -> new EmailMatch(g.id(), cardOf(g.id()), g.name()));
    }

    /** A QR code of the card number, for a card that exists and is not blocked. */
    @Override
    public Optional<CardImage> cardImage(long cardCode) {
        return guests.lookup(organizationId, Long.toString(cardCode)).filter(m -> m.identifier().active())
                .map(m -> CardImage.of(CardPicture.qrPng(cardCode)));
    }

    private long cardOf(long guestId) {
        return identifiers.list(organizationId, guestId).stream()
                .filter(i -> i.active() && (i.type() == IdentifierType.CARD || i.type() == IdentifierType.VIRTUAL))
                .map(i -> Long.parseLong(i.value())).findFirst().orElse(0L);
    }

    /**
     * The receipt's time as r_keeper states it, so that a retried batch is the same receipt: the CHECK's
     * {@code generateddatetime}, else the business date's start, in the venues' zone; only without either, now.
     */
    private Instant receiptTime(TransactionBatch batch, FarCardsTransaction first) {
        return batch.receipt().flatMap(r -> localTime(r.generatedAt()))
                .or(() -> first.businessDate().map(d -> d.atStartOfDay(settings.zone()).toInstant()))
                .orElse(clock.instant());
    }

    private Optional<Instant> localTime(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty()
                    : Optional.of(LocalDateTime.parse(text.strip()).atZone(settings.zone()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private PosContext pos(long restaurant, long unitNo) {
        return kopilka(() -> directory.resolve(organizationId, VENDOR, settings.venueCodeFor(restaurant),
                Long.toString(unitNo), null));
    }

    /** Runs a Kopilka call, turning its refusals into FarCards refusals the cashier can read. */
    private static <T> T kopilka(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (NotFoundException e) {
            throw new FarCardsRejection("venueCode".equals(e.field()) ? UNKNOWN_RESTAURANT : NOT_FOUND,
                    e.getMessage());
        } catch (ConflictException e) {
            throw new FarCardsRejection(REFUSED, e.getMessage());
        } catch (KopilkaException e) {
            throw new FarCardsRejection(REFUSED, (e.field() == null ? "" : e.field() + ": ") + e.getMessage());
        }
    }
}
