package io.kopilka.core.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.kopilka.api.AccessDeniedException;
import io.kopilka.api.ConflictException;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.Page;
import io.kopilka.api.account.AccountBalance;
import io.kopilka.api.account.AccountType;
import io.kopilka.api.account.BonusLot;
import io.kopilka.api.account.JournalEntry;
import io.kopilka.api.account.LotMovement;
import io.kopilka.api.account.OperationRequest;
import io.kopilka.api.account.OperationResult;
import io.kopilka.api.account.OperationType;
import io.kopilka.api.guest.Guest;
import io.kopilka.core.internal.Fixture;
import io.kopilka.core.internal.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static final Instant START = Instant.parse("2026-06-01T12:00:00Z");
    private static MutableClock clock;
    private static Fixture f;
    private static int phones;

    @BeforeAll
    static void open() {
        clock = new MutableClock(START);
        f = new Fixture("ledger", clock);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @AfterEach
    void ledgerStaysConsistent() {
        assertEquals(List.of(), f.accounts.check().problems());
        assertEquals(List.of(), f.accounts.check(f.org.id()).problems());
    }

    private Guest newGuest() {
        return f.guest("+7916000" + String.format("%04d", ++phones));
    }

    private OperationResult op(Guest g, String key, OperationType type, long amount) {
        return f.accounts.operate(f.org.id(), g.id(), OperationRequest.of(key, type, amount), "test");
    }

    private OperationResult accrue(Guest g, String key, long amount, Duration expiresIn) {
        return f.accounts.operate(f.org.id(), g.id(), new OperationRequest(key, OperationType.ACCRUE, amount, null,
                null, null, expiresIn == null ? null : clock.instant().plus(expiresIn)), "test");
    }

    private AccountBalance balance(Guest g, AccountType type) {
        return f.accounts.balances(f.org.id(), g.id()).stream().filter(b -> b.type() == type).findFirst()
                .orElseThrow();
    }

    @Test
    void accrualAndRedemptionAreBalancedEntries() {
        Guest g = newGuest();
        JournalEntry accrual = accrue(g, "a1", 10_000, null).entry();
        assertEquals(10_000, accrual.amount());
        assertEquals(10_000, accrual.balanceAfter());
        assertEquals(0, accrual.postings().stream().mapToLong(p -> p.amount()).sum());
        assertEquals(Map.of("guest:" + g.id() + ":BONUS", 10_000L, "system:BONUS_ISSUED", -10_000L),
                accrual.postings().stream().collect(Collectors.toMap(p -> p.account(), p -> p.amount())));

        JournalEntry redemption = op(g, "r1", OperationType.REDEEM, 2_550).entry();
        assertEquals(-2_550, redemption.amount());
        assertEquals(7_450, redemption.balanceAfter());
        assertEquals(7_450, balance(g, AccountType.BONUS).available());
        long other = f.organizations.createOrganization("Empty").id();
        assertEquals(0, f.accounts.check(other).entries());
        assertTrue(f.accounts.check(f.org.id()).entries() >= 2);
    }

    @Test
    void redemptionDrawsSoonestExpiryFirstAndRecordsTheLots() {
        Guest g = newGuest();
        accrue(g, "x1", 1_000, null);
        accrue(g, "x2", 1_000, Duration.ofDays(60));
        accrue(g, "x3", 1_000, Duration.ofDays(10));
        List<BonusLot> lots = f.accounts.lots(f.org.id(), g.id());
        JournalEntry r = op(g, "x4", OperationType.REDEEM, 1_500).entry();
        assertEquals(Set.of(new LotMovement(lots.get(0).id(), -1_000), new LotMovement(lots.get(1).id(), -500)),
                Set.copyOf(r.lotMovements()));
        assertEquals(Duration.ofDays(10), Duration.between(START, lots.get(0).expiresAt()));
    }

    @Test
    void stornoOfRedemptionGivesPointsBackToTheSameLotsWithTheirExpiry() {
        Guest g = newGuest();
        accrue(g, "s1", 1_000, Duration.ofDays(5));
        accrue(g, "s2", 1_000, Duration.ofDays(50));
        JournalEntry r = op(g, "s3", OperationType.REDEEM, 1_200).entry();
        OperationResult storno = f.accounts.storno(f.org.id(), r.id(), "s4", "receipt deleted", "test");
        assertEquals(OperationType.STORNO, storno.entry().type());
        assertEquals(r.id(), storno.entry().reversesEntryId());
        assertEquals(1_200, storno.entry().amount());
        assertEquals(r.lotMovements().stream().map(m -> new LotMovement(m.lotId(), -m.amount()))
                .collect(Collectors.toSet()), Set.copyOf(storno.entry().lotMovements()));
        assertEquals(r.postings().stream().collect(Collectors.toMap(p -> p.accountId(), p -> -p.amount())),
                storno.entry().postings().stream().collect(Collectors.toMap(p -> p.accountId(), p -> p.amount())));
        List<BonusLot> lots = f.accounts.lots(f.org.id(), g.id());
        assertEquals(List.of(1_000L, 1_000L), lots.stream().map(BonusLot::remaining).toList());
        assertEquals(START.plus(Duration.ofDays(5)), lots.get(0).expiresAt());
    }

    @Test
    void stornoOfSpentAccrualTakesTheRestFromOtherLots() {
        Guest g = newGuest();
        accrue(g, "p1", 500, null);
        JournalEntry second = accrue(g, "p2", 300, Duration.ofDays(3)).entry();
        op(g, "p3", OperationType.REDEEM, 200);
        OperationResult storno = f.accounts.storno(f.org.id(), second.id(), "p4", null, "test");
        // 200 of the 300 were spent (that lot expired first): 100 come back from it, 200 from the older lot
        assertEquals(-300, storno.entry().amount());
        assertEquals(300, balance(g, AccountType.BONUS).balance());
        assertEquals(List.of(300L), f.accounts.lots(f.org.id(), g.id()).stream().map(BonusLot::remaining).toList());
    }

    @Test
    void stornoThatWouldOverdrawIsRefused() {
        Guest g = newGuest();
        JournalEntry a = accrue(g, "o1", 500, null).entry();
        op(g, "o2", OperationType.REDEEM, 400);
        ConflictException e = assertThrows(ConflictException.class,
                () -> f.accounts.storno(f.org.id(), a.id(), "o3", null, "test"));
        assertEquals(ConflictException.REASON_INSUFFICIENT_BALANCE, e.reason());
        assertEquals(100, balance(g, AccountType.BONUS).balance());
    }

    @Test
    void anEntryIsReversedOnceAndAStornoNever() {
        Guest g = newGuest();
        JournalEntry a = accrue(g, "t1", 500, null).entry();
        JournalEntry s = f.accounts.storno(f.org.id(), a.id(), "t2", null, "test").entry();
        assertEquals(ConflictException.REASON_ALREADY_REVERSED, assertThrows(ConflictException.class,
                () -> f.accounts.storno(f.org.id(), a.id(), "t3", null, "test")).reason());
        assertEquals(ConflictException.REASON_ALREADY_REVERSED, assertThrows(ConflictException.class,
                () -> f.accounts.storno(f.org.id(), s.id(), "t4", null, "test")).reason());
        assertTrue(f.accounts.storno(f.org.id(), a.id(), "t2", null, "test").replayed());
    }

    @Test
    void sameKeyReplaysAndDifferentBodyConflicts() {
        Guest g = newGuest();
        OperationResult first = accrue(g, "k1", 700, null);
        OperationResult again = accrue(g, "k1", 700, null);
        assertFalse(first.replayed());
        assertTrue(again.replayed());
        assertEquals(first.entry(), again.entry());
        assertEquals(700, balance(g, AccountType.BONUS).balance());
        ConflictException e = assertThrows(ConflictException.class, () -> accrue(g, "k1", 701, null));
        assertEquals(ConflictException.REASON_IDEMPOTENCY, e.reason());
        assertEquals("idempotencyKey", e.field());
        assertEquals(700, balance(g, AccountType.BONUS).balance());
    }

    @Test
    void pendingAndExpiringPointsAreShownApart() {
        Guest g = newGuest();
        accrue(g, "e1", 1_000, Duration.ofDays(10));
        accrue(g, "e2", 2_000, Duration.ofDays(100));
        f.accounts.operate(f.org.id(), g.id(), new OperationRequest("e3", OperationType.ACCRUE, 500, null, null,
                clock.instant().plus(Duration.ofDays(3)), null), "test");
        AccountBalance b = balance(g, AccountType.BONUS);
        assertEquals(3_500, b.balance());
        assertEquals(3_000, b.available());
        assertEquals(500, b.pending());
        assertEquals(1_000, b.expiringSoon());
        assertEquals(START.plus(Duration.ofDays(10)), b.nextExpiry());
        assertThrows(ConflictException.class, () -> op(g, "e4", OperationType.REDEEM, 3_001));
    }

    @Test
    void expiredPointsCannotBeSpent() {
        Guest g = newGuest();
        accrue(g, "x", 1_000, Duration.ofHours(1));
        clock.advance(Duration.ofHours(2));
        try {
            assertEquals(0, balance(g, AccountType.BONUS).available());
            assertThrows(ConflictException.class, () -> op(g, "xr", OperationType.REDEEM, 1));
        } finally {
            clock.advance(Duration.ofHours(-2));
        }
    }

    @Test
    void depositAndCreditKeepTheirLimits() {
        Guest g = newGuest();
        op(g, "d1", OperationType.DEPOSIT_TOPUP, 10_000);
        op(g, "d2", OperationType.DEPOSIT_SPEND, 4_000);
        assertThrows(ConflictException.class, () -> op(g, "d3", OperationType.DEPOSIT_SPEND, 6_001));
        assertEquals(6_000, balance(g, AccountType.DEPOSIT).balance());

        assertThrows(ConflictException.class, () -> op(g, "c0", OperationType.CREDIT_SPEND, 1));
        f.accounts.setCreditLimit(f.org.id(), g.id(), 5_000, "test");
        op(g, "c1", OperationType.CREDIT_SPEND, 5_000);
        assertThrows(ConflictException.class, () -> op(g, "c2", OperationType.CREDIT_SPEND, 1));
        assertThrows(ConflictException.class, () -> op(g, "c3", OperationType.CREDIT_SETTLE, 5_001));
        op(g, "c4", OperationType.CREDIT_SETTLE, 2_000);
        AccountBalance credit = balance(g, AccountType.CREDIT);
        assertEquals(-3_000, credit.balance());
        assertEquals(2_000, credit.available());
        assertThrows(InvalidInputException.class, () -> f.accounts.setCreditLimit(f.org.id(), g.id(), 2_999, "t"));
    }

    @Test
    void adjustNeedsAReasonAndIsAudited() {
        Guest g = newGuest();
        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> op(g, "j1", OperationType.ADJUST, 100)).field());
        f.accounts.operate(f.org.id(), g.id(), new OperationRequest("j2", OperationType.ADJUST, 100, "goodwill",
                "complaint #5", null, null), "admin:alice");
        f.accounts.operate(f.org.id(), g.id(), new OperationRequest("j3", OperationType.ADJUST, -40, "typo", null,
                null, null), "admin:alice");
        assertEquals(60, balance(g, AccountType.BONUS).balance());
        assertTrue(f.audit.recent(f.org.id(), 10).stream()
                .anyMatch(a -> a.action().equals("ledger.adjust") && a.actor().equals("admin:alice")));
    }

    @Test
    void badRequestsChangeNothing() {
        Guest g = newGuest();
        assertThrows(InvalidInputException.class, () -> op(g, "b1", OperationType.ACCRUE, -5));
        assertThrows(InvalidInputException.class, () -> op(g, "b2", OperationType.ACCRUE, 0));
        assertThrows(InvalidInputException.class, () -> op(g, " ", OperationType.ACCRUE, 5));
        assertThrows(InvalidInputException.class, () -> op(g, "b3", OperationType.STORNO, 5));
        assertThrows(InvalidInputException.class, () -> f.accounts.operate(f.org.id(), g.id(),
                new OperationRequest("b4", OperationType.REDEEM, 5, null, null, null, clock.instant()), "t"));
        assertThrows(NotFoundException.class, () -> f.accounts.operate(f.org.id(), 999_999,
                OperationRequest.of("b5", OperationType.ACCRUE, 5), "t"));
        var other = f.organizations.createOrganization("Other");
        assertThrows(AccessDeniedException.class, () -> f.accounts.operate(other.id(), g.id(),
                OperationRequest.of("b6", OperationType.ACCRUE, 5), "t"));
        assertEquals(0, f.accounts.history(f.org.id(), g.id(), null, 0, 10).total());
    }

    @Test
    void historyIsNewestFirstAndPaged() {
        Guest g = newGuest();
        for (int i = 1; i <= 5; i++) {
            accrue(g, "h" + i, i * 100L, null);
        }
        op(g, "h6", OperationType.DEPOSIT_TOPUP, 50);
        Page<JournalEntry> first = f.accounts.history(f.org.id(), g.id(), null, 0, 4);
        assertEquals(6, first.total());
        assertEquals(List.of(OperationType.DEPOSIT_TOPUP, OperationType.ACCRUE, OperationType.ACCRUE,
                OperationType.ACCRUE), first.items().stream().map(JournalEntry::type).toList());
        Page<JournalEntry> bonus = f.accounts.history(f.org.id(), g.id(), AccountType.BONUS, 1, 4);
        assertEquals(5, bonus.total());
        assertEquals(List.of(100L), bonus.items().stream().map(JournalEntry::amount).toList());
        assertNull(bonus.items().get(0).reversesEntryId());
        assertEquals("test", bonus.items().get(0).author());
    }
}
