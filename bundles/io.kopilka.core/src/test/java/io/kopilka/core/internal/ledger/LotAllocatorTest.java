package io.kopilka.core.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kopilka.api.ConflictException;
import io.kopilka.api.account.BonusLot;
import io.kopilka.api.account.LotMovement;
import org.junit.jupiter.api.Test;

class LotAllocatorTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private static BonusLot lot(long id, long remaining, Duration activatedAgo, Duration expiresIn) {
        return new BonusLot(id, remaining, remaining, NOW.minus(activatedAgo),
                expiresIn == null ? null : NOW.plus(expiresIn), 1);
    }

    @Test
    void drawsSoonestExpiryFirstAndNeverExpiringLast() {
        List<BonusLot> lots = List.of(
                lot(1, 100, Duration.ofDays(10), null),
                lot(2, 100, Duration.ofDays(10), Duration.ofDays(30)),
                lot(3, 100, Duration.ofDays(10), Duration.ofDays(5)));
        assertEquals(List.of(new LotMovement(3, -100), new LotMovement(2, -50)),
                LotAllocator.consume(lots, 150, NOW));
        assertEquals(List.of(new LotMovement(3, -100), new LotMovement(2, -100), new LotMovement(1, -100)),
                LotAllocator.consume(lots, 300, NOW));
    }

    @Test
    void sameExpiryGoesByActivationThenAge() {
        List<BonusLot> lots = List.of(
                lot(7, 10, Duration.ofDays(1), Duration.ofDays(5)),
                lot(5, 10, Duration.ofDays(2), Duration.ofDays(5)),
                lot(6, 10, Duration.ofDays(2), Duration.ofDays(5)));
        assertEquals(List.of(new LotMovement(5, -10), new LotMovement(6, -10), new LotMovement(7, -5)),
                LotAllocator.consume(lots, 25, NOW));
    }

    @Test
    void skipsPendingAndExpiredLots() {
        List<BonusLot> lots = List.of(
                lot(1, 100, Duration.ofDays(-1), null),
                lot(2, 100, Duration.ofDays(10), Duration.ofDays(-1)),
                lot(3, 40, Duration.ofDays(1), Duration.ofDays(1)));
        assertEquals(List.of(new LotMovement(3, -40)), LotAllocator.consume(lots, 40, NOW));
        ConflictException e = assertThrows(ConflictException.class, () -> LotAllocator.consume(lots, 41, NOW));
        assertEquals(ConflictException.REASON_INSUFFICIENT_BALANCE, e.reason());
    }

    @Test
    void lotExpiringExactlyNowIsGone() {
        List<BonusLot> lots = List.of(new BonusLot(1, 10, 10, NOW.minusSeconds(60), NOW, 1));
        assertThrows(ConflictException.class, () -> LotAllocator.consume(lots, 1, NOW));
    }
}
