package io.kopilka.core.internal.processing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javax.persistence.EntityManager;

import io.kopilka.api.ConflictException;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.account.AccountBalance;
import io.kopilka.api.processing.Calculation;
import io.kopilka.api.processing.Calculation.GuestSummary;
import io.kopilka.api.processing.CommitResult;
import io.kopilka.api.processing.PosContext;
import io.kopilka.api.processing.ProcessingService;
import io.kopilka.api.processing.Receipt;
import io.kopilka.api.processing.RefundRequest;
import io.kopilka.api.processing.RefundResult;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.engagement.Notifications;
import io.kopilka.core.internal.guest.GuestEntity;
import io.kopilka.core.internal.guest.GuestLookup;
import io.kopilka.core.internal.ledger.AccountEntity;
import io.kopilka.core.internal.ledger.Fingerprint;
import io.kopilka.core.internal.ledger.ReceiptLedger;
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
    private final ReceiptLedger ledger = new ReceiptLedger();
    private final ReceiptStore store = new ReceiptStore(ledger);
    private final ReceiptRefunds refunds = new ReceiptRefunds(ledger);

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
    }

    @Override
    public Calculation calculate(PosContext pos, Receipt receipt) {
        ReceiptValidator.validate(receipt);
        return db.read(em -> {
            GuestEntity guest = receipt.identifier() == null ? null
                    : GuestLookup.require(em, pos.organizationId(), receipt.identifier());
            AccountEntity bonus = guest == null ? null : ledger.bonusAccount(em, guest.id);
            return evaluate(em, pos, receipt, guest, bonus).calculation();
        });
    }

    @Override
    public CommitResult commit(PosContext pos, Receipt receipt) {
        ReceiptValidator.validate(receipt);
        String hash = Fingerprint.sha256(Json.write(receipt));
        return db.tx(em -> {
            ReceiptEntity booked = ReceiptStore.find(em, pos.terminalId(), receipt.receiptId());
            if (booked != null) {
                return replay(booked, hash);
            }
            GuestEntity guest = receipt.identifier() == null ? null
                    : GuestLookup.require(em, pos.organizationId(), receipt.identifier());
            AccountEntity bonus = guest == null ? null : ledger.lockBonus(em, guest.id);
            ReceiptEntity earlier = ReceiptStore.find(em, pos.terminalId(), receipt.receiptId());
            if (earlier != null) {
                return replay(earlier, hash);
            }
            Evaluated e = evaluate(em, pos, receipt, guest, bonus);
            if (!receipt.redemption().maximum() && e.state().requestedRedemption > e.calculation().redemption()) {
                throw new ConflictException(ConflictException.REASON_INSUFFICIENT_BALANCE, "redemption.amount",
                        "at most " + CalculationBuilder.money(e.calculation().redemption()) + " may be paid with "
                        + "points now (" + e.calculation().redemptionLimit() + ")");
            }
            CommitResult result = store.book(em, pos, receipt, hash, guest, bonus, e.state(), e.calculation(),
                    clock.instant());
            if (guest != null) {
                announce(em, pos, receipt, guest, result);
            }
            return result;
        });
    }

    /** Queues the guest's thank-you and the webhooks of the purchase, in the purchase's transaction. */
    private void announce(EntityManager em, PosContext pos, Receipt receipt, GuestEntity guest, CommitResult result) {
        Calculation c = result.calculation();
        notifications.purchase(em, new Notifications.Purchase(pos.organizationId(), guest.id, result.receiptKey(),
                receipt.receiptId(), pos.venueId(), receipt.time(), c.total() - c.discount(), c.accrual(),
                c.redemption()));
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

    private record Evaluated(EvaluationState state, Calculation calculation) {
    }

    private Evaluated evaluate(EntityManager em, PosContext pos, Receipt receipt, GuestEntity guest,
            AccountEntity bonus) {
        EvaluationState state = new EvaluationState(receipt, zone, guest == null ? null : new StoredGuestFacts(em,
                guest));
        AccountBalance balance = bonus == null ? null : ledger.bonusBalance(em, bonus, clock.instant());
        Evaluator.run(state, programs.forReceipt(em, pos.organizationId(), pos.venueId(), receipt.time()),
                balance == null ? 0 : balance.available());
        GuestSummary summary = guest == null ? null : new GuestSummary(guest.id, guest.name,
                state.tier == null ? null : state.tier.name(), balance.available(), balance.pending(),
                ledger.depositBalance(em, guest.id));
        return new Evaluated(state, CalculationBuilder.build(state, summary));
    }

    private static CommitResult replay(ReceiptEntity earlier, String hash) {
        if (!earlier.requestHash.equals(hash)) {
            throw new ConflictException(ConflictException.REASON_IDEMPOTENCY, "receiptId",
                    "receipt " + earlier.posReceiptId + " was already committed from this terminal with other content");
        }
        CommitResult first = Json.read(earlier.resultJson, CommitResult.class);
        return new CommitResult(first.receiptKey(), first.receiptId(), first.calculation(), first.redemptionEntryId(),
                first.accrualEntryIds(), true);
    }
}
