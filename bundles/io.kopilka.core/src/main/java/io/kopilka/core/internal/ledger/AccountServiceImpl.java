package io.kopilka.core.internal.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import io.kopilka.api.AccessDeniedException;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.Page;
import io.kopilka.api.account.AccountBalance;
import io.kopilka.api.account.AccountService;
import io.kopilka.api.account.AccountType;
import io.kopilka.api.account.BonusLot;
import io.kopilka.api.account.JournalEntry;
import io.kopilka.api.account.LedgerCheckReport;
import io.kopilka.api.account.OperationRequest;
import io.kopilka.api.account.OperationResult;
import io.kopilka.api.account.OperationType;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.guest.GuestAccess;
import io.kopilka.core.internal.security.AuditWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The account service: runs operations and storno in transactions and answers balance and history queries. */
@Component(service = AccountService.class)
public class AccountServiceImpl implements AccountService {

    private final Database db;
    private final Clock clock;
    private final LedgerWriter writer;
    private final Operations operations;
    private final Storno storno;

    @Activate
    public AccountServiceImpl(@Reference Database db) {
        this(db, Clock.systemUTC());
    }

    /** For tests that move time. */
    public AccountServiceImpl(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.writer = new LedgerWriter(db.ids());
        this.operations = new Operations(writer);
        this.storno = new Storno(writer);
    }

    @Override
    public List<AccountBalance> balances(long organizationId, long guestId) {
        Instant now = clock.instant();
        return db.read(em -> {
            GuestAccess.require(em, organizationId, guestId);
            return em.createQuery("SELECT a FROM AccountEntity a WHERE a.guestId = :g",
                    AccountEntity.class).setParameter("g", guestId).getResultList().stream()
                    .map(a -> Balances.of(a, AccountType.BONUS.name().equals(a.accountType)
                            ? writer.openLots(em, a.id) : List.of(), now))
                    .sorted(Comparator.comparing(AccountBalance::type))
                    .toList();
        });
    }

    @Override
    public OperationResult operate(long organizationId, long guestId, OperationRequest request, String author) {
        OperationValidator.validate(request);
        return db.tx(em -> {
            GuestAccess.require(em, organizationId, guestId);
            Operations.Applied applied = operations.apply(em, organizationId, guestId, request, author,
                    clock.instant());
            if (!applied.replayed() && request.type() == OperationType.ADJUST) {
                AuditWriter.write(em, organizationId, author, "ledger.adjust", "guest:" + guestId,
                        "amount=" + request.amount() + " reason=" + request.reason());
            }
            return result(em, applied);
        });
    }

    @Override
    public OperationResult storno(long organizationId, long entryId, String idempotencyKey, String reason,
            String author) {
        OperationValidator.idempotencyKey(idempotencyKey);
        return db.tx(em -> {
            EntryEntity original = em.find(EntryEntity.class, entryId);
            if (original == null) {
                throw new NotFoundException("entryId", "no entry " + entryId);
            }
            if (original.organizationId != organizationId) {
                throw new AccessDeniedException("entry " + entryId + " belongs to another organization");
            }
            Operations.Applied applied = storno.apply(em, original, idempotencyKey, reason, author, clock.instant());
            if (!applied.replayed()) {
                AuditWriter.write(em, organizationId, author, "ledger.storno", "entry:" + entryId,
                        "storno entry " + applied.entry().id + (reason == null ? "" : " reason=" + reason));
            }
            return result(em, applied);
        });
    }

    @Override
    public Page<JournalEntry> history(long organizationId, long guestId, AccountType account, int page, int size) {
        Page.validate(page, size);
        return db.read(em -> {
            GuestAccess.require(em, organizationId, guestId);
            String filter = account == null ? "" : " AND e.accountType = :t";
            TypedQuery<EntryEntity> q = em.createQuery("SELECT e FROM EntryEntity e WHERE e.guestId = :g" + filter
                    + " ORDER BY e.id DESC", EntryEntity.class).setParameter("g", guestId);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM EntryEntity e WHERE e.guestId = :g"
                    + filter, Long.class).setParameter("g", guestId);
            if (account != null) {
                q.setParameter("t", account.name());
                count.setParameter("t", account.name());
            }
            List<EntryEntity> rows = q.setFirstResult(page * size).setMaxResults(size).getResultList();
            return new Page<>(EntryMapper.many(em, rows), page, size, count.getSingleResult());
        });
    }

    @Override
    public List<BonusLot> lots(long organizationId, long guestId) {
        return db.read(em -> {
            GuestAccess.require(em, organizationId, guestId);
            AccountEntity bonus = bonusAccount(em, guestId);
            return writer.openLots(em, bonus.id).stream().sorted(LotAllocator.CONSUMPTION_ORDER).toList();
        });
    }

    @Override
    public AccountBalance setCreditLimit(long organizationId, long guestId, long limit, String author) {
        if (limit < 0) {
            throw new InvalidInputException("creditLimit", "must be 0 or more");
        }
        return db.tx(em -> {
            GuestAccess.require(em, organizationId, guestId);
            AccountEntity credit = writer.lock(em, guestId, AccountType.CREDIT);
            if (-credit.balance > limit) {
                throw new InvalidInputException("creditLimit", "is below what the guest already owes ("
                        + -credit.balance + " minor units)");
            }
            credit.creditLimit = limit;
            AuditWriter.write(em, organizationId, author, "account.credit-limit", "guest:" + guestId,
                    "limit=" + limit);
            return Balances.of(credit, List.of(), clock.instant());
        });
    }

    @Override
    public LedgerCheckReport check() {
        return db.read(em -> LedgerChecker.check(em, null));
    }

    @Override
    public LedgerCheckReport check(long organizationId) {
        return db.read(em -> LedgerChecker.check(em, organizationId));
    }

    private static AccountEntity bonusAccount(EntityManager em, long guestId) {
        return em.createQuery("SELECT a FROM AccountEntity a WHERE a.guestId = :g AND a.accountType = 'BONUS'",
                AccountEntity.class).setParameter("g", guestId).getSingleResult();
    }

    private static OperationResult result(EntityManager em, Operations.Applied applied) {
        em.flush();
        return new OperationResult(EntryMapper.one(em, applied.entry()), applied.replayed());
    }

    /** Creates the BONUS, DEPOSIT and CREDIT accounts of a new guest. */
    public static void openAccounts(EntityManager em, long organizationId, long guestId) {
        for (AccountType type : AccountType.values()) {
            AccountEntity a = new AccountEntity();
            a.organizationId = organizationId;
            a.guestId = guestId;
            a.accountType = type.name();
            a.code = "guest:" + guestId + ":" + type.name();
            em.persist(a);
        }
    }
}
