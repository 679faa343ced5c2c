package io.kopilka.core.internal.processing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import io.kopilka.api.ConflictException;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.account.AccountBalance;
import io.kopilka.api.account.BonusLot;
import io.kopilka.api.processing.Calculation;
import io.kopilka.api.processing.Calculation.Accrual;
import io.kopilka.api.processing.Calculation.GuestSummary;
import io.kopilka.api.processing.CommitResult;
import io.kopilka.api.processing.PosContext;
import io.kopilka.api.processing.ProcessingService;
import io.kopilka.api.processing.Receipt;
import io.kopilka.api.processing.RefundRequest;
import io.kopilka.api.processing.RefundResult;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.db.IdBlocks;
import io.kopilka.core.internal.engagement.Notifications;
import io.kopilka.core.internal.guest.GuestEntity;
import io.kopilka.core.internal.guest.GuestLookup;
import io.kopilka.core.internal.ledger.AccountEntity;
import io.kopilka.core.internal.ledger.Fingerprint;
import io.kopilka.core.internal.ledger.LedgerRows;
import io.kopilka.core.internal.ledger.ReceiptLedger;
import io.kopilka.core.internal.ledger.ReceiptPostings;
import io.kopilka.core.internal.program.ActivePrograms;
import io.kopilka.core.internal.program.Json;
import io.kopilka.core.internal.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Receipt processing: calculate reads and answers; commit locks the guest's bonus account, answers a replay with the
 * first result, evaluates again under the lock and books everything in one transaction; refund and cancel reverse.
 * Calculate and commit are the tills' hot path: they read and write in plain JDBC (commit on its transaction's
 * connection, so JPA work added to the transaction commits with it), with programs from {@link ActivePrograms}.
 */
@Component(service = ProcessingService.class, configurationPid = "io.kopilka.processing")
@Designate(ocd = ProcessingServiceImpl.Config.class)
public class ProcessingServiceImpl implements ProcessingService {

    @ObjectClassDefinition(name = "Kopilka receipt processing")
    @interface Config {

        @AttributeDefinition(name = "Time zone", description = "The venues' time zone, for time-of-day rules")
        String zone() default "Europe/Moscow";
    }

    private final Database db;
    private final ActivePrograms programs;
    private final Notifications notifications;
    private final ZoneId zone;
    private final Clock clock;
    private final IdBlocks ids;
    private final LedgerRows ledgerRows;
    private final ReceiptRefunds refunds;

    @Activate
    public ProcessingServiceImpl(@Reference Database db, @Reference ActivePrograms programs,
            @Reference Notifications notifications, Config config) {
        this(db, programs, notifications, ZoneId.of(config.zone()), Clock.systemUTC());
    }

    public ProcessingServiceImpl(Database db, ActivePrograms programs, Notifications notifications, ZoneId zone,
            Clock clock) {
        this.db = db;
        this.notifications = notifications;
        this.programs = programs;
        this.zone = zone;
        this.clock = clock;
        this.ids = db.ids();
        this.ledgerRows = new LedgerRows(ids);
        this.refunds = new ReceiptRefunds(new ReceiptLedger(ids));
    }

    @Override
    public Calculation calculate(PosContext pos, Receipt receipt) {
        ReceiptValidator.validate(receipt);
        Instant now = clock.instant();
        List<ActivePrograms.Loaded> loaded = programs.forReceipt(pos.organizationId(), pos.venueId(), receipt.time());
        return db.readJdbc(c -> {
            GuestEntity guest = receipt.identifier() == null ? null
                    : GuestLookup.require(c, pos.organizationId(), receipt.identifier());
            AccountEntity bonus = guest == null ? null : LedgerRows.bonus(c, guest.id, false);
            return evaluate(c, loaded, receipt, guest, bonus, now).calculation();
        });
    }

    @Override
    public CommitResult commit(PosContext pos, Receipt receipt) {
        ReceiptValidator.validate(receipt);
        String hash = Fingerprint.sha256(Json.write(receipt));
        List<ActivePrograms.Loaded> loaded = programs.forReceipt(pos.organizationId(), pos.venueId(), receipt.time());
        return db.tx(em -> {
            Committed done = Database.jdbc(em, c -> commitIn(c, pos, receipt, hash, loaded));
            if (!done.result().replayed() && done.guest() != null) {
                announce(em, pos, receipt, done);
            }
            return done.result();
        });
    }

    /** Queues the guest's thank-you and the webhooks of the purchase, in the purchase's transaction. */
    private void announce(EntityManager em, PosContext pos, Receipt receipt, Committed done) {
        Calculation c = done.result().calculation();
        notifications.purchase(em, new Notifications.Purchase(pos.organizationId(), done.guest().id, done.guest().name,
                done.result().receiptKey(), receipt.receiptId(), pos.venueId(), receipt.time(),
                c.total() - c.discount(), c.accrual(), c.redemption(), done.bonus().balance));
    }

    /** A commit's result, the guest it was booked for and their bonus account after it ({@code null} without one). */
    private record Committed(CommitResult result, GuestEntity guest, AccountEntity bonus) {
    }

    private Committed commitIn(Connection c, PosContext pos, Receipt receipt, String hash,
            List<ActivePrograms.Loaded> loaded) throws SQLException {
        // before the guest lookup: a retried commit gets its first answer even if its card was blocked since
        ReceiptRows.Booked booked = ReceiptRows.booked(c, pos.terminalId(), receipt.receiptId());
        if (booked != null) {
            return new Committed(replay(booked, hash), null, null);
        }
        GuestEntity guest = receipt.identifier() == null ? null
                : GuestLookup.require(c, pos.organizationId(), receipt.identifier());
        AccountEntity bonus = guest == null ? null : LedgerRows.bonus(c, guest.id, true);
        ReceiptRows.Booked earlier = ReceiptRows.booked(c, pos.terminalId(), receipt.receiptId());
        if (earlier != null) {
            return new Committed(replay(earlier, hash), null, null);
        }
        Instant now = clock.instant();
        Evaluated e = evaluate(c, loaded, receipt, guest, bonus, now);
        if (!receipt.redemption().maximum() && e.state().requestedRedemption > e.calculation().redemption()) {
            throw new ConflictException(ConflictException.REASON_INSUFFICIENT_BALANCE, "redemption.amount",
                    "at most " + CalculationBuilder.money(e.calculation().redemption()) + " may be paid with "
                    + "points now (" + e.calculation().redemptionLimit() + ")");
        }
        return new Committed(book(c, pos, receipt, hash, guest, bonus, e, now), guest, bonus);
    }

    private CommitResult book(Connection c, PosContext pos, Receipt r, String hash, GuestEntity guest,
            AccountEntity bonus, Evaluated e, Instant now) throws SQLException {
        Calculation calc = e.calculation();
        String key = "pos:" + pos.terminalId() + ":" + r.receiptId();
        Long redemptionEntry = null;
        List<Long> accrualEntries = new ArrayList<>();
        if (guest != null) {
            ReceiptPostings postings = ledgerRows.postings(c, bonus, pos.author(), now);
            if (calc.redemption() > 0) {
                redemptionEntry = postings.redeem(e.lots(), calc.redemption(), key + ":redeem",
                        "receipt " + r.receiptId());
            }
            for (int i = 0; i < calc.accruals().size(); i++) {
                Accrual a = calc.accruals().get(i);
                accrualEntries.add(postings.accrue(a.amount(), key + ":accrue:" + i, "receipt " + r.receiptId()
                        + ": " + a.program(), a.description(), a.activatesAt(), a.expiresAt()));
            }
            postings.write(e.state().extendExpiryTo);
        }
        long id = ids.next(IdBlocks.Table.RECEIPT);
        CommitResult result = new CommitResult(id, r.receiptId(), calc, redemptionEntry, accrualEntries, false);
        ReceiptRows.insert(c, ids, id, pos, r, hash, guest == null ? null : guest.id, e.state(), calc,
                redemptionEntry, accrualEntries, Json.write(result), now);
        if (guest != null) {
            ReceiptRows.countPurchase(c, guest.id, e.stats(), calc.total() - calc.discount(), r.time());
        }
        return result;
    }

    @Override
    public RefundResult refund(PosContext pos, RefundRequest refund) {
        if (refund == null) {
            throw new InvalidInputException(null, "a refund is required");
        }
        String refundId = Texts.required(refund.refundId(), "refundId", 64);
        if (ReceiptRefunds.CANCEL_ID.equalsIgnoreCase(refundId)) {
            throw new InvalidInputException("refundId", "'" + ReceiptRefunds.CANCEL_ID + "' is reserved for cancels");
        }
        Texts.required(refund.receiptId(), "receiptId", 64);
        return db.tx(em -> refunds.refund(em, pos, refund, clock.instant()));
    }

    @Override
    public RefundResult cancel(PosContext pos, String receiptId, String reason) {
        Texts.required(receiptId, "receiptId", 64);
        String checkedReason = Texts.optional(reason, "reason", 500);
        return db.tx(em -> refunds.cancel(em, pos, receiptId, checkedReason, clock.instant()));
    }

    /** An evaluated receipt, with the guest's statistics and open lots it was evaluated on. */
    private record Evaluated(EvaluationState state, Calculation calculation, GuestStatsEntity stats,
            List<BonusLot> lots) {
    }

    private Evaluated evaluate(Connection c, List<ActivePrograms.Loaded> loaded, Receipt receipt, GuestEntity guest,
            AccountEntity bonus, Instant now) throws SQLException {
        GuestStatsEntity stats = guest == null ? null : ReceiptRows.stats(c, guest.id);
        EvaluationState state = new EvaluationState(receipt, zone, guest == null ? null
                : new StoredGuestFacts(c, guest, stats));
        List<BonusLot> lots = bonus == null ? List.of() : LedgerRows.openLots(c, bonus.id);
        AccountBalance balance = bonus == null ? null : LedgerRows.balance(bonus, lots, now);
        Evaluator.run(state, loaded, balance == null ? 0 : balance.available());
        GuestSummary summary = guest == null ? null : new GuestSummary(guest.id, guest.name,
                state.tier == null ? null : state.tier.name(), balance.available(), balance.pending(),
                LedgerRows.depositBalance(c, guest.id));
        return new Evaluated(state, CalculationBuilder.build(state, summary), stats, lots);
    }

    private static CommitResult replay(ReceiptRows.Booked earlier, String hash) {
        if (!earlier.requestHash().equals(hash)) {
            throw new ConflictException(ConflictException.REASON_IDEMPOTENCY, "receiptId",
                    "receipt " + earlier.posReceiptId() + " was already committed from this terminal with other "
                    + "content");
        }
        CommitResult first = Json.read(earlier.resultJson(), CommitResult.class);
        return new CommitResult(first.receiptKey(), first.receiptId(), first.calculation(), first.redemptionEntryId(),
                first.accrualEntryIds(), true);
    }
}
