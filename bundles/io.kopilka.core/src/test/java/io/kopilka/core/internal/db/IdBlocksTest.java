package io.kopilka.core.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.kopilka.core.internal.TestDatabase;
import io.kopilka.core.internal.db.IdBlocks.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ids from id blocks are unique across threads and across allocators (nodes) and never reuse an id in the table. */
class IdBlocksTest {

    private static TestDatabase db;

    @BeforeAll
    static void open() {
        db = new TestDatabase("ids");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void twoNodesWithEightThreadsEachNeverHandOutAnIdTwice() throws Exception {
        IdBlocks nodeA = new IdBlocks(db.dataSource(), 7);
        IdBlocks nodeB = new IdBlocks(db.dataSource(), 11);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            IdBlocks node = t % 2 == 0 ? nodeA : nodeB;
            results.add(pool.submit(() -> {
                start.await();
                List<Long> got = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    got.add(node.next(Table.POSTING));
                }
                return got;
            }));
        }
        start.countDown();
        Set<Long> all = new HashSet<>();
        for (Future<List<Long>> r : results) {
            for (long id : r.get(60, TimeUnit.SECONDS)) {
                assertTrue(all.add(id), "id " + id + " handed out twice");
                assertTrue(id > 0);
            }
        }
        pool.shutdown();
        assertEquals(16 * 200, all.size());
        nodeA.close();
        nodeB.close();
    }

    @Test
    void blocksStartAboveRowsWrittenWithoutThemAndTablesAreIndependent() throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO organization (name, created_at) VALUES ('Ids', CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO venue (organization_id, code, name) SELECT MAX(id), 'v', 'V' FROM organization");
            s.executeUpdate("INSERT INTO terminal (venue_id, code, name) SELECT MAX(id), 't', 'T' FROM venue");
            s.executeUpdate("INSERT INTO receipt (id, organization_id, venue_id, terminal_id, pos_receipt_id, "
                    + "request_hash, receipt_time, total_amount, discount_amount, redemption_amount, accrual_amount, "
                    + "refunded_amount, status, result_json, created_at) SELECT 50000, v.organization_id, v.id, t.id, "
                    + "'imported', 'h', CURRENT_TIMESTAMP, 0, 0, 0, 0, 0, 'COMMITTED', '{}', CURRENT_TIMESTAMP "
                    + "FROM terminal t JOIN venue v ON v.id = t.venue_id");
        }
        IdBlocks ids = new IdBlocks(db.dataSource(), 100);
        long first = ids.next(Table.RECEIPT);
        assertTrue(first > 50000, "steps over the imported receipt: " + first);
        assertEquals(first + 1, ids.next(Table.RECEIPT));
        assertTrue(ids.next(Table.RECEIPT_LINE) < 50000, "each table counts on its own");
        ids.close();
        IdBlocks restarted = new IdBlocks(db.dataSource(), 100);
        assertTrue(restarted.next(Table.RECEIPT) > first + 1, "a restart starts after the last block");
        restarted.close();
    }
}
