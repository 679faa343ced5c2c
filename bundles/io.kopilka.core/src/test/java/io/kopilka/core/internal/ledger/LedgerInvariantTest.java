package io.kopilka.core.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.kopilka.api.ConflictException;
import io.kopilka.api.account.AccountBalance;
import io.kopilka.api.account.AccountType;
import io.kopilka.api.account.BonusLot;
import io.kopilka.api.account.JournalEntry;
import io.kopilka.api.account.LedgerCheckReport;
import io.kopilka.api.account.OperationRequest;
import io.kopilka.api.account.OperationType;
import io.kopilka.api.guest.Guest;
import io.kopilka.core.internal.Fixture;
import io.kopilka.core.internal.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random sequences of every operation (with storno of random earlier entries and time moving on) keep the ledger's
 * invariants: each entry sums to zero, cached balances equal the postings, no lot goes below zero, and what the API
 * reports matches a model kept by the test.
 */
class LedgerInvariantTest {

    private static final OperationType[] TYPES = {OperationType.ACCRUE, OperationType.ACCRUE, OperationType.REDEEM,
        OperationType.ADJUST, OperationType.DEPOSIT_TOPUP, OperationType.DEPOSIT_SPEND, OperationType.CREDIT_SPEND,
        OperationType.CREDIT_SETTLE};

    private static MutableClock clock;
    private static Fixture f;

    @BeforeAll
    static void open() {
        clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        f = new Fixture("invariant", clock);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void randomSequencesKeepTheLedgerConsistent(long seed) {
        Random random = new Random(seed);
        List<Guest> guests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Guest g = f.guest(String.format("+7926%03d%04d", seed, i));
            f.accounts.setCreditLimit(f.org.id(), g.id(), 50_000, "test");
            guests.add(g);
        }
        List<Long> entries = new ArrayList<>();
        int applied = 0;
        for (int step = 0; step < 150; step++) {
            Guest g = guests.get(random.nextInt(guests.size()));
            String key = "s" + seed + "-" + step;
            try {
                if (random.nextInt(8) == 0 && !entries.isEmpty()) {
                    long target = entries.get(random.nextInt(entries.size()));
                    f.accounts.storno(f.org.id(), target, key, "random", "test");
                } else {
                    entries.add(f.accounts.operate(f.org.id(), g.id(), randomRequest(random, key), "test").entry().id());
                }
                applied++;
            } catch (ConflictException expected) {
                // overdraft, limit or a second storno: refused, and the check below proves nothing changed
            }
            if (random.nextInt(10) == 0) {
                clock.advance(Duration.ofDays(random.nextInt(20)));
            }
            if (step % 50 == 49) {
                assertConsistent(guests);
            }
        }
        assertTrue(applied > 50, "most operations apply: " + applied);
        assertConsistent(guests);
    }

    @Test
    void theCheckReportsReceiptLinesWithoutTheirReceipt() throws SQLException {
        try (Connection c = f.db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO receipt_line (id, receipt_id, line_id, quantity, price, amount, discount, "
                    + "redemption, refunded) VALUES (900001, 424242, '1', 1, 100, 100, 0, 0, 0)");
            try {
                assertEquals(List.of("receipt lines of receipt 424242 have no receipt"),
                        f.accounts.check().problems());
            } finally {
                s.executeUpdate("DELETE FROM receipt_line WHERE receipt_id = 424242");
            }
        }
    }

    private OperationRequest randomRequest(Random random, String key) {
        OperationType type = TYPES[random.nextInt(TYPES.length)];
        long amount = 1 + random.nextInt(20_000);
        if (type == OperationType.ADJUST && random.nextBoolean()) {
            amount = -amount;
        }
        Instant activates = null;
        Instant expires = null;
        if (type == OperationType.ACCRUE) {
            activates = random.nextInt(4) == 0 ? clock.instant().plus(Duration.ofDays(random.nextInt(10))) : null;
            expires = random.nextBoolean() ? clock.instant().plus(Duration.ofDays(11 + random.nextInt(60))) : null;
        }
        return new OperationRequest(key, type, amount, type == OperationType.ADJUST ? "random" : null, null,
                activates, expires);
    }

    private static void assertConsistent(List<Guest> guests) {
        LedgerCheckReport report = f.accounts.check();
        assertEquals(List.of(), report.problems());
        for (Guest g : guests) {
            List<BonusLot> lots = f.accounts.lots(f.org.id(), g.id());
            assertTrue(lots.stream().allMatch(l -> l.remaining() >= 0 && l.remaining() <= l.initialAmount()));
            AccountBalance bonus = f.accounts.balances(f.org.id(), g.id()).stream()
                    .filter(b -> b.type() == AccountType.BONUS).findFirst().orElseThrow();
            assertEquals(lots.stream().mapToLong(BonusLot::remaining).sum(), bonus.balance());
            for (AccountType type : AccountType.values()) {
                List<JournalEntry> history = f.accounts.history(f.org.id(), g.id(), type, 0, 500).items();
                long sum = history.stream().mapToLong(JournalEntry::amount).sum();
                AccountBalance b = f.accounts.balances(f.org.id(), g.id()).stream().filter(x -> x.type() == type)
                        .findFirst().orElseThrow();
                assertEquals(sum, b.balance(), type + " balance equals the sum of its entries");
                if (!history.isEmpty()) {
                    assertEquals(b.balance(), history.get(0).balanceAfter());
                }
                assertTrue(type != AccountType.DEPOSIT || b.balance() >= 0);
                assertTrue(type != AccountType.CREDIT || b.balance() <= 0 && b.balance() >= -50_000);
            }
        }
    }
}
