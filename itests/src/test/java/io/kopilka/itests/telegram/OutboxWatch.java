package io.kopilka.itests.telegram;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.kopilka.api.messaging.Message;
import io.kopilka.api.messaging.Outbox;
import io.kopilka.api.messaging.OutboxEntry;

/** Puts messages for Telegram chats into the outbox and checks what became of them, in the outbox and at the fake. */
public final class OutboxWatch {

    private OutboxWatch() {
    }

    /** {@code n} messages {@code <prefix>-<i>}, to the chats in turn; returns their outbox ids. */
    public static List<Long> enqueue(Outbox outbox, long org, String prefix, int n, long... chats) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String chat = Long.toString(chats[i % chats.length]);
            ids.add(outbox.enqueue(org, new Message("telegram", chat, null, prefix + "-" + i, null, List.of(),
                    "it-" + prefix + "-" + i)).id());
        }
        return ids;
    }

    /** Waits until every message is SENT; returns their provider ids. */
    public static List<String> awaitSent(Outbox outbox, long org, List<Long> ids, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<OutboxEntry> entries = ids.stream().map(id -> outbox.get(org, id).orElseThrow()).toList();
            if (entries.stream().allMatch(e -> e.status() == OutboxEntry.Status.SENT)) {
                return entries.stream().map(OutboxEntry::providerId).toList();
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("not all sent in " + timeout + ": " + entries.stream()
                        .map(e -> e.id() + " " + e.status() + " " + e.attempts() + " " + e.lastError())
                        .collect(Collectors.joining("; ")));
            }
            Thread.sleep(200);
        }
    }

    /** Each message reached Telegram exactly once, under the provider id the outbox recorded. */
    public static void assertDeliveredOnce(FakeBotApi fake, String prefix, int n, List<String> providerIds) {
        for (int i = 0; i < n; i++) {
            String text = prefix + "-" + i;
            List<FakeBotApi.Sent> copies = fake.sent.stream().filter(s -> text.equals(s.text())).toList();
            assertEquals(text + " reached Telegram once", 1, copies.size());
            FakeBotApi.Sent s = copies.get(0);
            assertEquals(s.chatId() + ":" + s.messageId(), providerIds.get(i));
        }
        Set<String> distinct = new HashSet<>(providerIds);
        assertEquals("provider ids are distinct", providerIds.size(), distinct.size());
    }
}
