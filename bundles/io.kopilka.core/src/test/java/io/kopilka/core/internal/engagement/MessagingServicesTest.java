package io.kopilka.core.internal.engagement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.guest.ConsentChange;
import io.kopilka.api.guest.ConsentType;
import io.kopilka.api.guest.Guest;
import io.kopilka.api.guest.GuestProfile;
import io.kopilka.api.messaging.Channel;
import io.kopilka.api.messaging.Delivery;
import io.kopilka.api.messaging.Mailing;
import io.kopilka.api.messaging.Message;
import io.kopilka.api.messaging.Template;
import io.kopilka.api.messaging.TemplateKind;
import io.kopilka.api.messaging.WebhookEvent;
import io.kopilka.api.messaging.WebhookSubscription;
import io.kopilka.core.internal.Fixture;
import io.kopilka.core.internal.MutableClock;
import io.kopilka.core.internal.messaging.OutboxSender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Templates, webhook subscriptions, mailings and per-address pacing on a real Derby. */
class MessagingServicesTest {

    private static MutableClock clock;
    private static Fixture f;

    /** A channel that records what it sends, one message a second per chat like Telegram. */
    static final class ChatChannel implements Channel {
        final List<Message> sent = new ArrayList<>();

        @Override
        public Delivery send(Message message) {
            sent.add(message);
            return new Delivery.Delivered("t-" + sent.size());
        }

        @Override
        public int perSecond() {
            return 1_000;
        }

        @Override
        public Duration perAddressInterval() {
            return Duration.ofSeconds(1);
        }
    }

    @BeforeAll
    static void open() {
        clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        f = new Fixture("messaging-services", clock);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void templatesDefaultEditSwitchAndReset() {
        Template purchase = f.templates.get(f.org.id(), TemplateKind.PURCHASE);
        assertFalse(purchase.custom());
        assertTrue(purchase.enabled());
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> f.templates.save(f.org.id(),
                TemplateKind.PURCHASE, "Hi {name}, {birthday}!", null, "admin"));
        assertEquals("text", bad.field());
        assertTrue(bad.getMessage().contains("{birthday}"), bad.getMessage());

        Template mine = f.templates.save(f.org.id(), TemplateKind.PURCHASE, "Hi {name}: +{accrued}", false, "admin");
        assertTrue(mine.custom());
        assertFalse(mine.enabled());
        assertEquals("Hi Ann: +5,50", f.templates.render(f.org.id(), TemplateKind.PURCHASE,
                Map.of("name", "Ann", "accrued", MoneyText.format(550))));
        assertEquals("Hi : +", f.templates.render(f.org.id(), TemplateKind.PURCHASE, Map.of()));
        assertEquals(4, f.templates.list(f.org.id()).size());
        assertEquals(purchase, f.templates.reset(f.org.id(), TemplateKind.PURCHASE, "admin"));
    }

    @Test
    void moneyIsWrittenTheRussianWay() {
        assertEquals("0", MoneyText.format(0));
        assertEquals("1\u00a0234,50", MoneyText.format(123_450));
        assertEquals("1\u00a0000\u00a0000", MoneyText.format(100_000_000));
        assertEquals("-0,05", MoneyText.format(-5));
    }

    @Test
    void webhookSecretsAreDerivedNotStoredAndUrlsChecked() {
        WebhookSubscription.Created created = f.webhooks.create(f.org.id(), "https://crm.example/kopilka",
                Set.of(WebhookEvent.GUEST_REGISTERED), "admin");
        assertTrue(created.secret().startsWith("whsec_"));
        assertArrayEquals(created.secret().getBytes(StandardCharsets.UTF_8),
                f.webhooks.endpoint(created.subscription().id()).orElseThrow().secret());
        String stored = f.db.database().read(em -> em.find(WebhookSubscriptionEntity.class,
                created.subscription().id()).salt);
        assertFalse(created.secret().contains(stored), "the database keeps only the salt");
        assertEquals("url", assertThrows(InvalidInputException.class, () -> f.webhooks.create(f.org.id(),
                "ftp://x.example", Set.of(WebhookEvent.ACCRUAL), "admin")).field());
        assertEquals("events", assertThrows(InvalidInputException.class, () -> f.webhooks.create(f.org.id(),
                "https://x.example", Set.of(), "admin")).field());

        Guest g = f.guest("+79180000077");
        String body = f.outbox.recent(f.org.id(), 10).stream()
                .filter(o -> o.address().equals("subscription:" + created.subscription().id()))
                .map(o -> f.outboxText(o.id())).findFirst().orElseThrow();
        assertTrue(body.contains("\"event\":\"GUEST_REGISTERED\"") && body.contains("\"guestId\":" + g.id()), body);
        f.webhooks.delete(f.org.id(), created.subscription().id(), "admin");
    }

    @Test
    void aMailingReachesConsentingGuestsOnInstalledChannelsAndCountsDelivery() {
        Guest yes = guest("+79180000001", true);
        Guest noAddress = guest("+79180000002", true);
        Guest no = guest("+79180000003", false);
        f.contacts.link(f.org.id(), yes.id(), "telegram", "chat-yes");
        f.contacts.link(f.org.id(), no.id(), "telegram", "chat-no");
        f.contacts.link(f.org.id(), yes.id(), "max", "max-yes");
        ChatChannel telegram = new ChatChannel();
        OutboxSender sender = new OutboxSender(f.db.database(), clock);
        sender.addChannel(telegram, Map.of(Channel.ID_PROPERTY, "telegram"));
        MailingsImpl mailings = new MailingsImpl(f.db.database(), f.outbox, sender, clock);

        Mailing m = mailings.send(f.org.id(), "{name}, -20% all week!", null, "manager");
        assertEquals(1, m.recipients(), "the consenting guest's telegram chat; 'max' is not installed");
        assertEquals(1, m.skipped(), "a consenting guest without an address");
        assertEquals(1, m.pending());
        sender.runOnce();
        assertEquals(List.of("Guest +79180000001, -20% all week!"), telegram.sent.stream().map(Message::text)
                .toList());
        Mailing counted = mailings.get(f.org.id(), m.id());
        assertEquals(1, counted.sent());
        assertEquals(0, counted.pending());

        Mailing listed = mailings.send(f.org.id(), "Only you", List.of(yes.id(), no.id(), noAddress.id()), "manager");
        assertEquals(1, listed.recipients());
        assertEquals(2, listed.skipped(), "one without consent, one without an address");
        assertEquals(List.of(listed, counted), mailings.list(f.org.id(), 2).stream().map(x -> mailings.get(f.org.id(),
                x.id())).toList());
    }

    @Test
    void aChatGetsAtMostOneMessageASecond() {
        ChatChannel telegram = new ChatChannel();
        OutboxSender sender = new OutboxSender(f.db.database(), clock);
        sender.addChannel(telegram, Map.of(Channel.ID_PROPERTY, "telegram"));
        for (int i = 0; i < 3; i++) {
            f.outbox.enqueue(f.org.id(), new Message("telegram", "busy-chat", null, "m" + i, null, null, "busy-" + i));
        }
        f.outbox.enqueue(f.org.id(), new Message("telegram", "quiet-chat", null, "q", null, null, "quiet"));
        sender.runOnce();
        assertEquals(List.of("m0", "q"), texts(telegram));
        sender.runOnce();
        assertEquals(List.of("m0", "q"), texts(telegram), "the busy chat's next message waits for its slot");
        clock.advance(Duration.ofSeconds(1));
        sender.runOnce();
        clock.advance(Duration.ofSeconds(1));
        sender.runOnce();
        assertEquals(List.of("m0", "q", "m1", "m2"), texts(telegram));
        assertTrue(f.outbox.recent(f.org.id(), 100).stream().filter(o -> o.address().endsWith("-chat"))
                .allMatch(o -> o.attempts() == 1),
                "waiting for a slot is not an attempt");
    }

    private static List<String> texts(ChatChannel channel) {
        return channel.sent.stream().filter(m -> m.address().endsWith("-chat")).map(Message::text).toList();
    }

    private static Guest guest(String phone, boolean advertising) {
        GuestProfile p = GuestProfile.of(phone, "Guest " + phone);
        return f.guests.create(f.org.id(), new GuestProfile(p.phone(), p.name(), p.gender(), p.birthDate(),
                p.relatives(), p.email(), p.address(), p.comment(), List.of(new ConsentChange(ConsentType.ADVERTISING,
                        advertising, "test")), p.registrationChannel(), p.source()), "test");
    }
}
