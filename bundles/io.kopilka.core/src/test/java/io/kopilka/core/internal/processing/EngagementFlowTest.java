package io.kopilka.core.internal.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kopilka.api.ConflictException;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.account.OperationRequest;
import io.kopilka.api.account.OperationType;
import io.kopilka.api.feedback.Review;
import io.kopilka.api.guest.Guest;
import io.kopilka.api.guest.GuestOverview;
import io.kopilka.api.guest.IdentifierType;
import io.kopilka.api.mechanic.Mechanic;
import io.kopilka.api.messaging.OutboxEntry;
import io.kopilka.api.messaging.TemplateKind;
import io.kopilka.api.messaging.WebhookEvent;
import io.kopilka.api.org.Terminal;
import io.kopilka.api.org.Venue;
import io.kopilka.api.processing.CommitResult;
import io.kopilka.api.processing.PosContext;
import io.kopilka.api.processing.Receipt;
import io.kopilka.api.processing.ReceiptLine;
import io.kopilka.api.processing.Redemption;
import io.kopilka.api.program.ProgramDefinition;
import io.kopilka.core.internal.Fixture;
import io.kopilka.core.internal.MutableClock;
import io.kopilka.core.internal.feedback.ReviewsImpl;
import io.kopilka.core.internal.overview.GuestOverviewsImpl;
import io.kopilka.core.internal.program.ActivePrograms;
import io.kopilka.core.internal.program.MechanicRegistry;
import io.kopilka.core.internal.program.ProgramServiceImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a purchase sets off, on a real Derby: the guest's thank-you with review buttons and the webhooks, queued in
 * the purchase's transaction (and not for a replay or a refused commit); reviews; the guest's overview.
 */
class EngagementFlowTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:30:00Z");
    private static Fixture f;
    private static ProcessingServiceImpl processing;
    private static ReviewsImpl reviews;
    private static GuestOverviewsImpl overviews;
    private static PosContext till;
    private static int cards;

    @BeforeAll
    static void open() {
        MutableClock clock = new MutableClock(NOW);
        f = new Fixture("engagement", clock);
        MechanicRegistry registry = new MechanicRegistry();
        registry.addMechanic(new TestMechanic(), Map.of(Mechanic.ID_PROPERTY, TestMechanic.ID));
        ActivePrograms active = new ActivePrograms(registry, f.db.database());
        processing = new ProcessingServiceImpl(f.db.database(), active, f.notifications, ZoneId.of("UTC"), clock);
        reviews = new ReviewsImpl(f.db.database(), f.notifications, clock);
        overviews = new GuestOverviewsImpl(f.db.database(), f.identifiers, active, ZoneId.of("UTC"), clock);
        Venue venue = f.organizations.createVenue(f.org.id(), "1001", "Cafe");
        Terminal t1 = f.organizations.createTerminal(venue.id(), "1", "Till 1");
        till = new PosContext(f.org.id(), venue.id(), t1.id(), "terminal:till-1");
        new ProgramServiceImpl(f.db.database(), registry, active).create(f.org.id(), new ProgramDefinition(TestMechanic.ID,
                "Bonus 5%", 5, false, null, null, null, null, Map.of("accrualPercent", new BigDecimal("5"),
                        "maxSharePercent", new BigDecimal("50"))), "test");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static Guest guest(String name, long points) {
        Guest g = f.guests.create(f.org.id(), io.kopilka.api.guest.GuestProfile.of("+7916" + String.format("%07d",
                ++cards), name), "test");
        f.identifiers.add(f.org.id(), g.id(), IdentifierType.CARD, String.valueOf(7_000_000 + cards), "test");
        if (points > 0) {
            f.accounts.operate(f.org.id(), g.id(), OperationRequest.of("fund-" + cards, OperationType.ACCRUE,
                    points), "test");
        }
        return g;
    }

    private static String card(Guest g) {
        return f.identifiers.list(f.org.id(), g.id()).stream().filter(i -> i.type() == IdentifierType.CARD)
                .findFirst().orElseThrow().value();
    }

    private static Receipt receipt(String id, Guest g, Redemption redemption, long amount) {
        return new Receipt(id, NOW, "Ivanova", List.of(new ReceiptLine("L1", "sku", "Soup", List.of("food"),
                BigDecimal.ONE, amount, amount)), List.of(), card(g), redemption);
    }

    private static List<OutboxEntry> to(String address) {
        return f.outbox.recent(f.org.id(), 1000).stream().filter(o -> o.address().equals(address)).toList();
    }

    @Test
    void aPurchaseQueuesTheThankYouOnceWithReviewButtons() {
        Guest g = guest("Anna", 0);
        f.contacts.link(f.org.id(), g.id(), "telegram", "chat-anna");
        CommitResult r = processing.commit(till, receipt("p-1", g, Redemption.NONE, 100_000));
        processing.commit(till, receipt("p-1", g, Redemption.NONE, 100_000));

        List<OutboxEntry> queued = to("chat-anna");
        assertEquals(1, queued.size(), "one thank-you, none for the replay");
        String text = f.outboxText(queued.get(0).id());
        assertTrue(text.startsWith("Anna, спасибо за покупку в «Cafe» на 1\u00a0000 ₽! Начислено 50 бонусов"), text);
        assertTrue(text.contains("Баланс: 50."), text);
        String buttons = f.db.database().read(em -> em.find(io.kopilka.core.internal.messaging.OutboxEntity.class,
                queued.get(0).id()).buttonsJson);
        assertTrue(buttons.contains("\"review:" + r.receiptKey() + ":5\""), buttons);
    }

    @Test
    void aRefusedCommitQueuesNothingAndSwitchedOffNoticesAreNotSent() {
        Guest g = guest("Boris", 1_000);
        f.contacts.link(f.org.id(), g.id(), "telegram", "chat-boris");
        assertThrows(ConflictException.class, () -> processing.commit(till,
                receipt("p-2", g, Redemption.of(50_000), 10_000)));
        assertEquals(List.of(), to("chat-boris"), "the rolled-back purchase took its message with it");

        f.contacts.setNotifications(f.org.id(), "telegram", "chat-boris", false);
        processing.commit(till, receipt("p-3", g, Redemption.NONE, 10_000));
        assertEquals(List.of(), to("chat-boris"), "notices off");

        f.contacts.setNotifications(f.org.id(), "telegram", "chat-boris", true);
        f.templates.save(f.org.id(), TemplateKind.PURCHASE, null, false, "test");
        processing.commit(till, receipt("p-4", g, Redemption.NONE, 10_000));
        assertEquals(List.of(), to("chat-boris"), "template switched off");
        f.templates.reset(f.org.id(), TemplateKind.PURCHASE, "test");
    }

    @Test
    void webhooksGetAccrualAndRedemptionOfTheirSubscriptionOnly() {
        long accrualHook = f.webhooks.create(f.org.id(), "https://crm.example/hook", Set.of(WebhookEvent.ACCRUAL),
                "test").subscription().id();
        long reviewHook = f.webhooks.create(f.org.id(), "https://crm.example/reviews", Set.of(WebhookEvent.REVIEW,
                WebhookEvent.REDEMPTION), "test").subscription().id();
        Guest g = guest("Vera", 10_000);
        CommitResult r = processing.commit(till, receipt("p-5", g, Redemption.of(2_000), 10_000));

        List<OutboxEntry> accruals = to("subscription:" + accrualHook);
        assertEquals(1, accruals.size());
        String body = f.outboxText(accruals.get(0).id());
        assertTrue(body.contains("\"event\":\"ACCRUAL\""), body);
        assertTrue(body.contains("\"receiptKey\":" + r.receiptKey()), body);
        assertTrue(body.contains("\"amount\":4.00"), "5% of the 80.00 paid in money: " + body);
        List<OutboxEntry> redemptions = to("subscription:" + reviewHook);
        assertEquals(1, redemptions.size());
        assertTrue(f.outboxText(redemptions.get(0).id()).contains("\"amount\":20.00"));

        reviews.rate(f.org.id(), g.id(), r.receiptKey(), 4);
        assertEquals(2, to("subscription:" + reviewHook).size(), "the review went to its subscriber");
        f.webhooks.delete(f.org.id(), reviewHook, "test");
        reviews.rate(f.org.id(), g.id(), r.receiptKey(), 5);
        assertEquals(2, to("subscription:" + reviewHook).size(), "nothing after the subscription was deleted");
        assertTrue(f.webhooks.endpoint(reviewHook).isEmpty());
        assertTrue(f.webhooks.endpoint(accrualHook).isPresent());
    }

    @Test
    void aReviewIsStoredAgainstTheReceiptWithItsFacts() {
        Guest g = guest("Gleb", 0);
        Guest other = guest("Dina", 0);
        CommitResult r = processing.commit(till, receipt("p-6", g, Redemption.NONE, 25_050));
        assertThrows(InvalidInputException.class, () -> reviews.rate(f.org.id(), g.id(), r.receiptKey(), 6));
        assertThrows(NotFoundException.class, () -> reviews.rate(f.org.id(), other.id(), r.receiptKey(), 5));
        assertThrows(NotFoundException.class, () -> reviews.comment(f.org.id(), g.id(), r.receiptKey(), "Tasty"));

        reviews.rate(f.org.id(), g.id(), r.receiptKey(), 3);
        Review review = reviews.comment(f.org.id(), g.id(), r.receiptKey(), "Soup was cold");
        assertEquals(3, review.score());
        assertEquals("Soup was cold", review.text());
        assertEquals("p-6", review.receiptId());
        assertEquals("Cafe", review.venueName());
        assertEquals("Ivanova", review.cashier());
        assertEquals(25_050, review.receiptSum());
        assertEquals(NOW, review.receiptTime());
        assertEquals(List.of(review), reviews.list(f.org.id(), till.venueId(), g.id(), 0, 10).items());
        assertEquals(review, reviews.forReceipt(f.org.id(), r.receiptKey()).orElseThrow());
    }

    @Test
    void theOverviewShowsCardBalancesExpiringAndLastPurchases() {
        Guest g = f.guests.create(f.org.id(), io.kopilka.api.guest.GuestProfile.of("+79170000001", "Egor"), "test");
        f.accounts.operate(f.org.id(), g.id(), new OperationRequest("exp-1", OperationType.ACCRUE, 1_500, null, null,
                null, NOW.plusSeconds(86_400 * 10)), "test");
        GuestOverview first = overviews.of(f.org.id(), g.id(), 5);
        assertTrue(first.card() != null && !first.card().isBlank(), "a virtual card was issued");
        assertEquals(first.card(), overviews.of(f.org.id(), g.id(), 5).card(), "and only once");
        assertEquals(1_500, first.bonusAvailable());
        assertEquals(List.of(new GuestOverview.Expiring(1_500, NOW.plusSeconds(86_400 * 10))), first.expiring());
        assertEquals(List.of(), first.lastPurchases());
        assertNull(first.tier(), "no ladder in this organization");

        CommitResult r = processing.commit(till, new Receipt("p-7", NOW, "Ivanova", List.of(new ReceiptLine("L1",
                "sku", "Tea", List.of(), BigDecimal.ONE, 20_000, 20_000)), List.of(), first.card(), Redemption.NONE));
        GuestOverview after = overviews.of(f.org.id(), g.id(), 5);
        assertEquals(List.of(new GuestOverview.Purchase(r.receiptKey(), NOW, "Cafe", 20_000, 1_000, 0)),
                after.lastPurchases());
    }
}
