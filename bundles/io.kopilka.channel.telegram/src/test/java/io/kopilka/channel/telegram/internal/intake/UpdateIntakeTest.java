package io.kopilka.channel.telegram.internal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.kopilka.channel.telegram.internal.api.IncomingMessage;
import io.kopilka.channel.telegram.internal.api.Update;
import io.kopilka.channel.telegram.internal.api.User;
import io.kopilka.channel.telegram.internal.intake.UpdateIntake.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each update is handled once; failing ones are retried, then dropped; handled ids survive a restart. */
class UpdateIntakeTest {

    @TempDir
    Path dir;
    private final List<Long> handled = new CopyOnWriteArrayList<>();

    static Update update(long id) {
        return new Update(id, new IncomingMessage(1, 5551, "private", new User(5551, "A", null), "hi", null), null);
    }

    @Test
    void aDuplicateUpdateIsNotHandledAgainEvenAfterARestart() {
        Path file = dir.resolve("updates");
        UpdateIntake intake = new UpdateIntake(new HandledUpdates(file), u -> handled.add(u.id()));
        assertEquals(Outcome.HANDLED, intake.accept(update(7)));
        assertEquals(Outcome.DUPLICATE, intake.accept(update(7)));
        UpdateIntake restarted = new UpdateIntake(new HandledUpdates(file), u -> handled.add(u.id()));
        assertEquals(Outcome.DUPLICATE, restarted.accept(update(7)));
        assertEquals(Outcome.HANDLED, restarted.accept(update(8)));
        assertEquals(List.of(7L, 8L), handled);
        assertEquals(9, restarted.nextOffset());
    }

    @Test
    void aFailingUpdateIsTriedThreeTimesThenDropped() {
        AtomicInteger calls = new AtomicInteger();
        UpdateIntake intake = new UpdateIntake(new HandledUpdates(null), u -> {
            calls.incrementAndGet();
            throw new IllegalStateException("database down");
        });
        assertEquals(Outcome.RETRY, intake.accept(update(3)));
        assertEquals(Outcome.RETRY, intake.accept(update(3)));
        assertEquals(Outcome.DROPPED, intake.accept(update(3)));
        assertEquals(Outcome.DUPLICATE, intake.accept(update(3)));
        assertEquals(3, calls.get());
    }

    @Test
    void idsOlderThanAllKeptCountAsHandled() {
        HandledUpdates ids = new HandledUpdates(dir.resolve("u"));
        assertEquals(0, ids.nextOffset());
        for (long id = 1000; id < 1000 + HandledUpdates.KEEP + 5; id++) {
            ids.add(id);
        }
        assertTrue(ids.contains(1000), "fell out of the window: too old to be new");
        assertTrue(ids.contains(1500));
        assertFalse(ids.contains(1000 + HandledUpdates.KEEP + 5));
        assertEquals(1000 + HandledUpdates.KEEP + 5, new HandledUpdates(dir.resolve("u")).nextOffset());
    }
}
