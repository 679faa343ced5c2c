package io.kopilka.core.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.kopilka.api.ConflictException;
import io.kopilka.api.account.AccountType;
import io.kopilka.api.account.JournalEntry;
import io.kopilka.api.account.OperationRequest;
import io.kopilka.api.account.OperationType;
import io.kopilka.api.guest.Guest;
import io.kopilka.core.internal.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sixteen terminals spend one balance at the same moment: it is never overspent and the ledger stays consistent. */
class ConcurrentRedeemTest {

    private static final int THREADS = 16;
    private static Fixture f;

    @BeforeAll
    static void open() {
        f = new Fixture("concurrent");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void sixteenThreadsCannotOverspendOneBalance() throws Exception {
        Guest g = f.guest("+79170000001");
        f.accounts.operate(f.org.id(), g.id(), OperationRequest.of("fund", OperationType.ACCRUE, 1_000), "test");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                start.await();
                int won = 0;
                for (int i = 0; i < 3; i++) {
                    try {
                        f.accounts.operate(f.org.id(), g.id(), OperationRequest.of("t" + thread + "-" + i,
                                OperationType.REDEEM, 30), "terminal-" + thread);
                        won++;
                    } catch (ConflictException insufficient) {
                        assertEquals(ConflictException.REASON_INSUFFICIENT_BALANCE, insufficient.reason());
                    }
                }
                return won;
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Integer> r : results) {
            won += r.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(33, won, "1,000 covers exactly 33 redemptions of 30");
        long balance = f.accounts.balances(f.org.id(), g.id()).stream().filter(b -> b.type() == AccountType.BONUS)
                .findFirst().orElseThrow().balance();
        assertEquals(10, balance);
        List<JournalEntry> history = f.accounts.history(f.org.id(), g.id(), null, 0, 100).items();
        assertTrue(history.stream().allMatch(e -> e.balanceAfter() >= 0), "never below zero at any entry");
        assertEquals(List.of(), f.accounts.check().problems());
    }

    @Test
    void concurrentRetriesOfOneKeyApplyOnce() throws Exception {
        Guest g = f.guest("+79170000002");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> ids = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            ids.add(pool.submit(() -> {
                start.await();
                return f.accounts.operate(f.org.id(), g.id(), OperationRequest.of("same-key", OperationType.ACCRUE,
                        500), "terminal").entry().id();
            }));
        }
        start.countDown();
        long first = ids.get(0).get(60, TimeUnit.SECONDS);
        for (Future<Long> id : ids) {
            assertEquals(first, id.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(500, f.accounts.balances(f.org.id(), g.id()).get(0).balance());
    }
}
