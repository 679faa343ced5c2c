package io.kopilka.channel.telegram.internal.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import io.kopilka.api.guest.ConsentType;
import io.kopilka.api.guest.GuestOverview;
import io.kopilka.api.guest.GuestOverview.Expiring;
import io.kopilka.api.guest.GuestOverview.Purchase;
import io.kopilka.channel.telegram.internal.api.Keyboards;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A registered guest's menu buttons and commands. */
class GuestMenuTest {

    private static final long ANNA = 5551;
    private static final String NB = "\u00a0";
    private final BotHarness bot = new BotHarness();
    private long guest;

    @BeforeEach
    void register() {
        guest = bot.register(ANNA, "+79161234567");
        bot.overviews.overviews.put(guest, new GuestOverview(guest, "Анна", "4829104738291047382", 123_450, 5_000,
                20_000, List.of(new Expiring(10_000, Instant.parse("2026-12-01T20:59:59Z")),
                        new Expiring(2_150, Instant.parse("2027-01-15T12:00:00Z"))), "Silver", "Gold", 766_000,
                List.of(new Purchase(77, Instant.parse("2026-11-22T18:30:00Z"), "Demo Bistro", 250_000, 12_500, 0),
                        new Purchase(76, Instant.parse("2026-11-20T09:00:00Z"), "Demo Bistro", 100_000, 0, 15_000))));
    }

    @Test
    void balanceShowsPointsPendingAndDeposit() {
        bot.text(ANNA, Texts.BUTTON_BALANCE);
        assertEquals("Баланс: 1" + NB + "234,50 бонуса\nЕщё 50 бонусов станут доступны позже.\nДепозит: 200,00" + NB
                + "₽", bot.lastTo(ANNA).text());
        bot.text(ANNA, "/balance");
        assertTrue(bot.lastTo(ANNA).text().startsWith("Баланс: 1" + NB + "234,50"), "the command does the same");
    }

    @Test
    void expiringListsAmountsAndDatesInTheVenuesZone() {
        bot.text(ANNA, Texts.BUTTON_EXPIRING);
        assertEquals("Сгорят, если не потратить:\n• 01.12.2026 — 100 бонусов\n• 15.01.2027 — 21,50 бонуса",
                bot.lastTo(ANNA).text());
    }

    @Test
    void levelSaysWhatRemainsToTheNext() {
        bot.text(ANNA, Texts.BUTTON_LEVEL);
        assertEquals("Ваш уровень: Silver.\nДо уровня «Gold» осталось потратить 7" + NB + "660,00" + NB + "₽.",
                bot.lastTo(ANNA).text());
    }

    @Test
    void purchasesListTheLastReceipts() {
        bot.text(ANNA, Texts.BUTTON_PURCHASES);
        assertEquals("Последние покупки:\n• 22.11.2026, Demo Bistro: 2" + NB + "500,00" + NB + "₽, +125 бонусов"
                + "\n• 20.11.2026, Demo Bistro: 1" + NB + "000,00" + NB + "₽, оплачено бонусами 150",
                bot.lastTo(ANNA).text());
    }

    @Test
    void cardShowsThePictureAgain() {
        bot.text(ANNA, Texts.BUTTON_CARD);
        assertNotNull(bot.lastTo(ANNA).image());
        assertTrue(bot.lastTo(ANNA).text().startsWith("Ваша карта № 4829104738291047382"));
    }

    @Test
    void unsubscribeWithdrawsAdvertisingAndSubscribeGivesItBack() {
        bot.text(ANNA, "/unsubscribe");
        assertFalse(FakeGuests.consent(bot.guests.get(1, guest), ConsentType.ADVERTISING).granted());
        assertEquals("telegram", FakeGuests.consent(bot.guests.get(1, guest), ConsentType.ADVERTISING).channel());
        assertEquals(Texts.UNSUBSCRIBED, bot.lastTo(ANNA).text());
        bot.text(ANNA, "/subscribe");
        assertTrue(FakeGuests.consent(bot.guests.get(1, guest), ConsentType.ADVERTISING).granted());
        assertTrue(FakeGuests.consent(bot.guests.get(1, guest), ConsentType.PERSONAL_DATA).granted());
    }

    @Test
    void stopAndNotifySwitchThisChatsNotices() {
        bot.text(ANNA, "/stop");
        assertFalse(bot.contacts.find(1, "telegram", "5551").orElseThrow().notifications());
        assertEquals(Texts.NOTIFICATIONS_OFF, bot.lastTo(ANNA).text());
        bot.text(ANNA, "/notify");
        assertTrue(bot.contacts.find(1, "telegram", "5551").orElseThrow().notifications());
    }

    @Test
    void unknownTextGetsHelpAndAStrangerIsAskedToRegister() {
        bot.text(ANNA, "привет");
        assertEquals(Texts.HELP, bot.lastTo(ANNA).text());
        bot.text(7777, Texts.BUTTON_BALANCE);
        assertEquals(Texts.NOT_REGISTERED, bot.lastTo(7777).text());
        assertEquals(Keyboards.SHARE_CONTACT, bot.lastTo(7777).buttons().get(0).data());
    }

    @Test
    void theSameUpdateHandledAgainSendsNothingNew() {
        int before = bot.outbox.messages().size();
        var update = bot.text(ANNA, Texts.BUTTON_BALANCE);
        bot.handle(update);
        assertEquals(before + 1, bot.outbox.messages().size(), "same update, same dedupe keys");
    }
}
