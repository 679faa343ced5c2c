package io.kopilka.core.internal.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.kopilka.api.ConflictException;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.account.AccountType;
import io.kopilka.api.account.OperationRequest;
import io.kopilka.api.account.OperationType;
import io.kopilka.api.guest.Guest;
import io.kopilka.api.guest.IdentifierType;
import io.kopilka.api.mechanic.Mechanic;
import io.kopilka.api.org.Terminal;
import io.kopilka.api.org.Venue;
import io.kopilka.api.processing.Calculation;
import io.kopilka.api.processing.CommitResult;
import io.kopilka.api.processing.PosContext;
import io.kopilka.api.processing.Receipt;
import io.kopilka.api.processing.ReceiptLine;
import io.kopilka.api.processing.Redemption;
import io.kopilka.api.processing.RefundRequest;
import io.kopilka.api.processing.RefundResult;
import io.kopilka.api.program.Program;
import io.kopilka.api.program.ProgramDefinition;
import io.kopilka.api.program.ProgramStatus;
import io.kopilka.core.internal.Fixture;
import io.kopilka.core.internal.MutableClock;
import io.kopilka.core.internal.program.ActivePrograms;
import io.kopilka.core.internal.program.MechanicRegistry;
import io.kopilka.core.internal.program.ProgramServiceImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Receipt processing on a real Derby database, with a test mechanic giving 10% discount and 5% bonus. */
class ProcessingTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:30:00Z");
    private static Fixture f;
    private static MechanicRegistry registry;
    private static ProgramServiceImpl programs;
    private static ProcessingServiceImpl processing;
    private static PosContext till;
    private static PosContext otherTill;
    private static int cards = 700;

    @BeforeAll
    static void open() {
        MutableClock clock = new MutableClock(NOW);
        f = new Fixture("processing", clock);
        registry = new MechanicRegistry();
        registry.addMechanic(new TestMechanic(), Map.of(Mechanic.ID_PROPERTY, TestMechanic.ID));
        ActivePrograms active = new ActivePrograms(registry, f.db.database());
        programs = new ProgramServiceImpl(f.db.database(), registry, active);
        processing = new ProcessingServiceImpl(f.db.database(), active, f.notifications, ZoneId.of("UTC"), clock);
        Venue venue = f.organizations.createVenue(f.org.id(), "1001", "Cafe");
        Terminal t1 = f.organizations.createTerminal(venue.id(), "1", "Till 1");
        Terminal t2 = f.organizations.createTerminal(venue.id(), "2", "Till 2");
        till = new PosContext(f.org.id(), venue.id(), t1.id(), "terminal:till-1");
        otherTill = new PosContext(f.org.id(), venue.id(), t2.id(), "terminal:till-2");
        programs.create(f.org.id(), new ProgramDefinition(TestMechanic.ID, "Discount 10%", 10, false, null, null,
                null, null, Map.of("discountPercent", new BigDecimal("10"))), "test");
        programs.create(f.org.id(), new ProgramDefinition(TestMechanic.ID, "Bonus 5%", 5, false, null, null, null,
                null, Map.of("accrualPercent", new BigDecimal("5"), "maxSharePercent", new BigDecimal("50"),
                        "expiryDays", 180L)), "test");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @AfterEach
    void ledgerStaysConsistent() {
        assertEquals(List.of(), f.accounts.check().problems());
    }

    private String guestWithPoints(long points) {
        Guest g = f.guest("+7915" + String.format("%07d", ++cards));
        String card = String.valueOf(5_000_000 + cards);
        f.identifiers.add(f.org.id(), g.id(), IdentifierType.CARD, card, "test");
        if (points > 0) {
            f.accounts.operate(f.org.id(), g.id(), OperationRequest.of("fund-" + card, OperationType.ACCRUE, points),
                    "test");
        }
        return card;
    }

    private static Receipt receipt(String id, String card, Redemption redemption, long... amounts) {
        List<ReceiptLine> lines = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            lines.add(new ReceiptLine("L" + (i + 1), "sku" + (i + 1), "Item " + (i + 1), List.of("food"),
                    BigDecimal.ONE, amounts[i], amounts[i]));
        }
        return new Receipt(id, NOW, "Ivanova", lines, List.of(), card, redemption);
    }

    private long bonus(String card) {
        long guest = f.guests.lookup(f.org.id(), card).orElseThrow().guest().id();
        return f.accounts.balances(f.org.id(), guest).stream().filter(b -> b.type() == AccountType.BONUS)
                .findFirst().orElseThrow().balance();
    }

    @Test
    void calculateAppliesDiscountCapAndAccrualWithoutSideEffects() {
        String card = guestWithPoints(100_000);
        Calculation c = processing.calculate(till, receipt("c-1", card, Redemption.MAXIMUM, 60_000, 40_000));
        assertEquals(100_000, c.total());
        assertEquals(10_000, c.discount());
        assertEquals(List.of(6_000L, 4_000L), c.lines().stream().map(Calculation.LineResult::discount).toList());
        assertEquals(45_000, c.redemptionMax(), "50% of 900.00");
        assertEquals(45_000, c.redemption());
        assertEquals(45_000, c.toPay());
        assertEquals(2_250, c.accrual(), "5% of the 450.00 paid in money");
        assertEquals(NOW.plusSeconds(180L * 86_400), c.accruals().get(0).expiresAt());
        assertEquals(2, c.programs().size());
        assertTrue(c.cashierText().contains("Paid with points: 450.00"), c.cashierText());
        assertEquals(100_000, bonus(card), "calculate changed nothing");
    }

    @Test
    void commitBooksOnceAndAReplayChangesNothing() {
        String card = guestWithPoints(50_000);
        Receipt r = receipt("k-1", card, Redemption.of(20_000), 100_000);
        CommitResult first = processing.commit(till, r);
        assertFalse(first.replayed());
        assertEquals(20_000, first.calculation().redemption());
        assertEquals(3_500, first.calculation().accrual(), "5% of 900.00 - 200.00");
        assertEquals(50_000 - 20_000 + 3_500, bonus(card));
        CommitResult again = processing.commit(till, r);
        assertTrue(again.replayed());
        assertEquals(first.receiptKey(), again.receiptKey());
        assertEquals(first.calculation(), again.calculation());
        assertEquals(33_500, bonus(card));
        ConflictException clash = assertThrows(ConflictException.class,
                () -> processing.commit(till, receipt("k-1", card, Redemption.of(10_000), 100_000)));
        assertEquals("receiptId", clash.field());
        CommitResult sameIdOtherTill = processing.commit(otherTill, receipt("k-1", card, Redemption.NONE, 1_000));
        assertFalse(sameIdOtherTill.replayed(), "receipt ids are per terminal");
    }

    @Test
    void aCommitRetriedAfterItsCardWasBlockedGetsItsFirstAnswer() {
        String card = guestWithPoints(10_000);
        Receipt r = receipt("kb-1", card, Redemption.of(5_000), 50_000);
        CommitResult first = processing.commit(till, r);
        long identifier = f.guests.lookup(f.org.id(), card).orElseThrow().identifier().id();
        f.identifiers.block(f.org.id(), identifier, "lost", "test");
        CommitResult retried = processing.commit(till, r);
        assertTrue(retried.replayed());
        assertEquals(first.calculation(), retried.calculation());
        ConflictException blocked = assertThrows(ConflictException.class,
                () -> processing.commit(till, receipt("kb-2", card, Redemption.NONE, 50_000)));
        assertEquals("identifier", blocked.field());
    }

    @Test
    void commitRefusesMoreRedemptionThanAllowed() {
        String card = guestWithPoints(10_000);
        ConflictException e = assertThrows(ConflictException.class,
                () -> processing.commit(till, receipt("over-1", card, Redemption.of(10_001), 100_000)));
        assertEquals("redemption.amount", e.field());
        assertEquals(10_000, bonus(card));
    }

    @Test
    void partialRefundsReturnPointsInProportionAndTheLastSettlesExactly() {
        String card = guestWithPoints(50_000);
        processing.commit(till, receipt("r-1", card, Redemption.of(10_000), 33_333, 66_667));
        long after = bonus(card);
        assertEquals(50_000 - 10_000 + 4_000, after, "accrual 5% of 900.00 - 100.00");
        RefundResult part = processing.refund(till, new RefundRequest("ref-1", "r-1",
                List.of(new RefundRequest.RefundLine("L1", 10_000)), null));
        // net 900.00; 100.00 refunded = 1/9: floor(100.00 * 1/9) = 11.11 back, floor(40.00 / 9) = 4.44 taken
        assertEquals(10_000, part.refunded());
        assertEquals(1_111, part.pointsReturned());
        assertEquals(444, part.pointsClawedBack());
        assertEquals(after + 1_111 - 444, bonus(card));
        assertTrue(processing.refund(till, new RefundRequest("ref-1", "r-1",
                List.of(new RefundRequest.RefundLine("L1", 10_000)), null)).replayed());
        assertThrows(ConflictException.class, () -> processing.refund(till, new RefundRequest("ref-x", "r-1",
                List.of(new RefundRequest.RefundLine("L1", 20_000 + 1)), null)), "L1 has 299.99 - 100.00 left");
        RefundResult rest = processing.refund(otherTill, new RefundRequest("ref-2", "r-1", List.of(), null));
        assertEquals(80_000, rest.refunded());
        assertEquals(10_000 - 1_111, rest.pointsReturned());
        assertEquals(4_000 - 444, rest.pointsClawedBack());
        assertEquals(50_000, bonus(card), "a full refund restores the balance exactly");
        assertThrows(ConflictException.class,
                () -> processing.refund(till, new RefundRequest("ref-3", "r-1", List.of(), 1L)));
        assertThrows(InvalidInputException.class, () -> processing.refund(till, new RefundRequest("ref-4", "r-1",
                List.of(new RefundRequest.RefundLine("L9", 1)), null)));
    }

    @Test
    void spentAccrualIsAShortfallNeverANegativeBalance() {
        String card = guestWithPoints(0);
        processing.commit(till, receipt("s-1", card, Redemption.NONE, 100_000));
        assertEquals(4_500, bonus(card));
        long guest = f.guests.lookup(f.org.id(), card).orElseThrow().guest().id();
        f.accounts.operate(f.org.id(), guest, OperationRequest.of("spend-s1", OperationType.REDEEM, 4_000), "test");
        RefundResult r = processing.refund(till, new RefundRequest("s-ref", "s-1", List.of(), null));
        assertEquals(500, r.pointsClawedBack());
        assertEquals(4_000, r.clawbackShortfall());
        assertEquals(0, bonus(card));
    }

    @Test
    void cancelReversesEverythingOnceAndCountsThePurchaseBack() {
        String card = guestWithPoints(30_000);
        processing.commit(till, receipt("x-1", card, Redemption.of(5_000), 50_000));
        RefundResult c = processing.cancel(till, "x-1", "deleted at the till");
        assertEquals(5_000, c.pointsReturned());
        assertEquals(30_000, bonus(card));
        assertTrue(processing.cancel(till, "x-1", null).replayed());
        assertThrows(ConflictException.class,
                () -> processing.refund(till, new RefundRequest("after", "x-1", List.of(), null)));
        assertThrows(NotFoundException.class, () -> processing.cancel(till, "nope", null));
        assertEquals("refundId", assertThrows(InvalidInputException.class, () -> processing.refund(till,
                new RefundRequest("cancel", "x-1", List.of(), null))).field(), "reserved for cancels");
    }

    @Test
    void receiptsWithoutGuestAreStoredAndGetNothing() {
        CommitResult r = processing.commit(till, receipt("anon-1", null, Redemption.NONE, 12_345));
        assertNull(r.calculation().guest());
        assertEquals(0, r.calculation().discount());
        assertEquals(12_345, r.calculation().toPay());
        assertTrue(r.receiptKey() > 0);
    }

    @Test
    void unknownAndBlockedCardsAndBadReceiptsAreRefused() {
        assertThrows(NotFoundException.class, () -> processing.calculate(till, receipt("b-1", "999999999",
                Redemption.NONE, 100)));
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> processing.calculate(till, receipt("b-2", null, Redemption.NONE)));
        assertEquals("lines", empty.field());
        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> processing.calculate(till, receipt("b-3", null, Redemption.NONE, 100, -1)));
        assertEquals("lines[1].price", negative.field());
    }

    @Test
    void twoTillsSpendingOneBalanceAtOnceCannotOverspendIt() throws Exception {
        String card = guestWithPoints(10_000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = "cc-" + i;
            PosContext pos = i % 2 == 0 ? till : otherTill;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    processing.commit(pos, receipt(id, card, Redemption.of(3_000), 100_000));
                    return true;
                } catch (ConflictException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> r : results) {
            won += r.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertTrue(won >= 3, "accruals of the winners top the balance up: " + won);
        assertTrue(bonus(card) >= 0);
    }

    @Test
    void aDeactivatedProgramNoLongerAppliesToTheNextReceipt() {
        String card = guestWithPoints(0);
        Program p = programs.create(f.org.id(), new ProgramDefinition(TestMechanic.ID, "Flash 20%", 50, true, null,
                null, null, null, Map.of("discountPercent", new BigDecimal("20"))), "test");
        assertEquals(20_000, processing.calculate(till, receipt("flash-1", card, Redemption.NONE, 100_000))
                .discount());
        programs.setActive(f.org.id(), p.id(), false, "test");
        assertEquals(10_000, processing.calculate(till, receipt("flash-2", card, Redemption.NONE, 100_000))
                .discount());
    }

    @Test
    void programsReportAMissingMechanicAndProcessingGoesOn() {
        Program p = programs.create(f.org.id(), new ProgramDefinition(TestMechanic.ID, "Temp", 1, false, null, null,
                null, null, Map.of()), "test");
        TestMechanic removed = new TestMechanic();
        registry.addMechanic(removed, Map.of(Mechanic.ID_PROPERTY, "other"));
        registry.removeMechanic(removed, Map.of(Mechanic.ID_PROPERTY, "other"));
        assertEquals(ProgramStatus.ACTIVE, programs.get(f.org.id(), p.id()).status());
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> programs.create(f.org.id(),
                new ProgramDefinition(TestMechanic.ID, "Bad", 1, false, null, null, null, null,
                        Map.of("minimum", new BigDecimal("1.005"))), "test"));
        assertEquals("parameters.minimum", bad.field());
        assertEquals("mechanic", assertThrows(InvalidInputException.class, () -> programs.create(f.org.id(),
                new ProgramDefinition("nope", "X", 1, false, null, null, null, null, Map.of()), "test")).field());
        assertEquals(2, programs.update(f.org.id(), p.id(), new ProgramDefinition(TestMechanic.ID, "Temp 2", 1, false,
                null, null, null, null, Map.of()), "test").version());
        assertEquals(2, programs.versions(f.org.id(), p.id()).size());
        programs.setActive(f.org.id(), p.id(), false, "test");
        assertEquals(ProgramStatus.INACTIVE, programs.get(f.org.id(), p.id()).status());
    }
}
