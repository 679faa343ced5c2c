package io.kopilka.channel.telegram.internal.bot;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import io.kopilka.api.messaging.Message;
import io.kopilka.channel.telegram.internal.api.CallbackQuery;
import io.kopilka.channel.telegram.internal.api.IncomingMessage;
import io.kopilka.channel.telegram.internal.api.SharedContact;
import io.kopilka.channel.telegram.internal.api.Update;
import io.kopilka.channel.telegram.internal.api.User;

/** A conversation over in-memory Kopilka services, and a user who talks to it. */
final class BotHarness {

    static final long ORG = 1;
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    final FakeGuests guests = new FakeGuests();
    final FakeMessaging.Contacts contacts = new FakeMessaging.Contacts();
    final FakeKopilka.Overviews overviews = new FakeKopilka.Overviews();
    final FakeMessaging.FakeTemplates templates = new FakeMessaging.FakeTemplates();
    final FakeMessaging.RecordingOutbox outbox = new FakeMessaging.RecordingOutbox();
    final FakeKopilka.FakeReviews reviews = new FakeKopilka.FakeReviews();
    final FakeKopilka.FakeStaffChats staffChats = new FakeKopilka.FakeStaffChats();
    final FakeKopilka.FakeReports reports = new FakeKopilka.FakeReports();
    final List<String[]> answers = new CopyOnWriteArrayList<>();
    volatile boolean alertsInstalled = true;
    final Conversation conversation;
    private final AtomicLong updateIds = new AtomicLong(500);

    BotHarness() {
        Platform platform = new Platform(ORG, guests, contacts, overviews, templates, outbox,
                new FakeKopilka.Organizations(), () -> reviews, () -> alertsInstalled ? staffChats : null,
                () -> alertsInstalled ? reports : null);
        conversation = new Conversation(platform, "4242", (id, text) -> answers.add(new String[] {id, text}), ZONE,
                "https://example.ru/privacy", new ChatStates(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"),
                        ZoneOffset.UTC)));
    }

    /** A private message from user {@code user} (whose private chat id is the same number). */
    Update text(long user, String text) {
        return handle(new Update(updateIds.incrementAndGet(), new IncomingMessage(1, user, "private",
                new User(user, "Анна", "Смирнова"), text, null), null));
    }

    Update groupText(long group, long user, String text) {
        return handle(new Update(updateIds.incrementAndGet(), new IncomingMessage(1, group, "supergroup",
                new User(user, "Owner", null), text, null), null));
    }

    Update contact(long user, String phone, Long contactUserId) {
        return handle(new Update(updateIds.incrementAndGet(), new IncomingMessage(1, user, "private",
                new User(user, "Анна", "Смирнова"), null, new SharedContact(phone, contactUserId, "Анна",
                        "Смирнова")), null));
    }

    Update press(long user, String data) {
        return handle(new Update(updateIds.incrementAndGet(), null, new CallbackQuery("cb" + updateIds.get(),
                new User(user, "Анна", null), user, data)));
    }

    Update handle(Update update) {
        conversation.handle(update);
        return update;
    }

    /** Registers user {@code user} with the phone through the whole dialogue; returns the guest's id. */
    long register(long user, String phone) {
        text(user, "/start");
        contact(user, phone, user);
        press(user, Menu.CONSENT_ALL);
        return contacts.find(ORG, "telegram", Long.toString(user)).orElseThrow().guestId();
    }

    List<Message> to(long chat) {
        return outbox.messages().stream().filter(m -> m.address().equals(Long.toString(chat))).toList();
    }

    Message lastTo(long chat) {
        List<Message> all = to(chat);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }
}
