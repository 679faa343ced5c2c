package io.kopilka.channel.telegram.internal.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.google.zxing.BarcodeFormat;
import io.kopilka.api.guest.ConsentType;
import io.kopilka.api.guest.Guest;
import io.kopilka.api.guest.GuestOverview;
import io.kopilka.api.guest.GuestProfile;
import io.kopilka.api.messaging.Message;
import io.kopilka.api.messaging.TemplateKind;
import io.kopilka.channel.telegram.internal.api.Keyboards;
import org.junit.jupiter.api.Test;

/** Joining through the bot: the phone, the consents, the registration and the card. */
class RegistrationTest {

    private final BotHarness bot = new BotHarness();
    private static final long ANNA = 5551;

    @Test
    void aNewGuestSharesTheirPhoneConsentsAndGetsTheirCard() throws Exception {
        bot.text(ANNA, "/start poster_7");
        Message ask = bot.lastTo(ANNA);
        assertEquals(Texts.ASK_PHONE, ask.text());
        assertEquals(Keyboards.SHARE_CONTACT, ask.buttons().get(0).data());

        bot.contact(ANNA, "79161234567", ANNA);
        Message question = bot.lastTo(ANNA);
        assertTrue(question.text().startsWith("Номер +79161234567 ещё не зарегистрирован"), question.text());
        assertTrue(question.text().endsWith("https://example.ru/privacy"), "the privacy policy is linked");
        assertEquals(List.of(Menu.CONSENT_ALL, Menu.CONSENT_DATA, Menu.CONSENT_NONE),
                question.buttons().stream().map(Message.Button::data).toList());
        assertTrue(bot.guests.guests.isEmpty(), "nobody is registered before consenting");

        bot.press(ANNA, Menu.CONSENT_ALL);
        Guest guest = bot.guests.guests.values().iterator().next();
        assertEquals("+79161234567", guest.phone());
        assertEquals("Анна Смирнова", guest.name());
        assertEquals("telegram", guest.registrationChannel());
        assertEquals("poster_7", guest.source(), "the /start payload is the registration's source");
        assertTrue(FakeGuests.consent(guest, ConsentType.PERSONAL_DATA).granted());
        assertTrue(FakeGuests.consent(guest, ConsentType.ADVERTISING).granted());
        assertEquals("telegram", FakeGuests.consent(guest, ConsentType.ADVERTISING).channel());
        assertEquals(guest.id(), bot.contacts.find(1, "telegram", "5551").orElseThrow().guestId());
        assertEquals(Texts.CONSENT_RECORDED, bot.answers.get(0)[1]);

        List<Message> sent = bot.to(ANNA);
        Message welcome = sent.get(sent.size() - 2);
        assertEquals("Добро пожаловать, Анна Смирнова! Карта 1000000000000000001, баланс 0.", welcome.text());
        Message card = sent.get(sent.size() - 1);
        assertEquals("1000000000000000001", Barcodes.read(card.image(), BarcodeFormat.QR_CODE));
        assertEquals("Ваша карта № 1000000000000000001\nПокажите QR-код или штрихкод на кассе.\nБаланс: 0 бонусов",
                card.text());
        assertEquals(Texts.BUTTON_CARD, card.buttons().get(0).text(), "the menu keyboard comes with the card");
    }

    @Test
    void onlyTheUsersOwnContactIsAccepted() {
        bot.text(ANNA, "/start");
        bot.contact(ANNA, "+79161234567", 999L);
        assertEquals(Texts.NOT_OWN_CONTACT, bot.lastTo(ANNA).text());
        bot.contact(ANNA, "+79161234567", null);
        assertEquals(Texts.NOT_OWN_CONTACT, bot.lastTo(ANNA).text(), "a typed-in contact card has no user id");
        bot.contact(ANNA, "12", ANNA);
        assertEquals(Texts.BAD_PHONE, bot.lastTo(ANNA).text());
        assertTrue(bot.guests.guests.isEmpty());
        assertTrue(bot.contacts.byAddress.isEmpty());
    }

    @Test
    void aKnownPhoneIsLinkedWithoutAskingAgain() {
        Guest known = bot.guests.create(1, GuestProfile.of("+79161234567", "Анна"), "test");
        bot.overviews.overviews.put(known.id(), new GuestOverview(known.id(), "Анна", "7770001", 12_345, 0, 0,
                List.of(), null, null, 0, List.of()));
        bot.contact(ANNA, "+7 916 123-45-67", ANNA);
        assertEquals(1, bot.guests.guests.size());
        assertEquals(known.id(), bot.contacts.find(1, "telegram", "5551").orElseThrow().guestId());
        assertEquals("Добро пожаловать, Анна! Карта 7770001, баланс 123,45.", bot.to(ANNA).get(0).text());
        assertTrue(bot.lastTo(ANNA).text().endsWith("Баланс: 123,45 бонуса"), bot.lastTo(ANNA).text());
    }

    @Test
    void withoutConsentNobodyIsRegistered() {
        bot.contact(ANNA, "+79161234567", ANNA);
        bot.press(ANNA, Menu.CONSENT_NONE);
        assertEquals(Texts.CONSENT_REFUSED, bot.lastTo(ANNA).text());
        bot.press(ANNA, Menu.CONSENT_ALL);
        assertEquals(Texts.CONSENT_EXPIRED, bot.lastTo(ANNA).text(), "a refused dialogue is over");
        assertTrue(bot.guests.guests.isEmpty());
    }

    @Test
    void personalDataOnlyLeavesAdvertisingWithdrawn() {
        bot.contact(ANNA, "+79161234567", ANNA);
        bot.press(ANNA, Menu.CONSENT_DATA);
        Guest guest = bot.guests.guests.values().iterator().next();
        assertTrue(FakeGuests.consent(guest, ConsentType.PERSONAL_DATA).granted());
        assertFalse(FakeGuests.consent(guest, ConsentType.ADVERTISING).granted());
        assertNull(guest.source());
    }

    @Test
    void aForgedConsentPressWithoutTheDialogueRegistersNobody() {
        bot.press(ANNA, Menu.CONSENT_ALL);
        assertEquals(Texts.CONSENT_EXPIRED, bot.lastTo(ANNA).text());
        assertTrue(bot.guests.guests.isEmpty());
    }

    @Test
    void aBlockedPhoneIsNotLinked() {
        bot.guests.create(1, GuestProfile.of("+79161234567", "Анна"), "test");
        bot.guests.blockedPhones.put("+79161234567", true);
        bot.contact(ANNA, "79161234567", ANNA);
        assertEquals(Texts.PHONE_BLOCKED, bot.lastTo(ANNA).text());
        assertTrue(bot.contacts.byAddress.isEmpty());
    }

    @Test
    void aDisabledWelcomeLeavesTheCardOnly() {
        bot.templates.save(1, TemplateKind.WELCOME, null, false, "test");
        bot.register(ANNA, "+79161234567");
        Message last = bot.lastTo(ANNA);
        assertNotNull(last.image());
        assertTrue(bot.to(ANNA).stream().noneMatch(m -> m.text().startsWith("Добро пожаловать")));
    }

    @Test
    void startAgainShowsTheCard() {
        bot.register(ANNA, "+79161234567");
        int before = bot.to(ANNA).size();
        bot.text(ANNA, "/start");
        assertEquals(before + 1, bot.to(ANNA).size());
        assertNotNull(bot.lastTo(ANNA).image());
    }
}
