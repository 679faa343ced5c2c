package io.kopilka.core.internal.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import io.kopilka.api.ConflictException;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.account.AccountType;
import io.kopilka.api.account.OperationRequest;
import io.kopilka.api.account.OperationType;
import io.kopilka.api.guest.ConsentChange;
import io.kopilka.api.guest.ConsentType;
import io.kopilka.api.guest.Gender;
import io.kopilka.api.guest.Guest;
import io.kopilka.api.guest.GuestProfile;
import io.kopilka.api.guest.Identifier;
import io.kopilka.api.guest.IdentifierMatch;
import io.kopilka.api.guest.IdentifierStatus;
import io.kopilka.api.guest.IdentifierType;
import io.kopilka.api.guest.Relative;
import io.kopilka.core.internal.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GuestServiceTest {

    private static Fixture f;

    @BeforeAll
    static void open() {
        f = new Fixture("guests");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private long org() {
        return f.org.id();
    }

    @Test
    void createsAFullProfileWithPhoneIdentifierAndAccounts() {
        GuestProfile p = new GuestProfile("8 916 555-44-33", "  Мария Орлова ", Gender.FEMALE,
                LocalDate.of(1990, 5, 17), List.of(new Relative("Петя", "child", LocalDate.of(2018, 3, 1))),
                "Maria@Example.ru", "Москва, Тверская 1", "likes the window table",
                List.of(new ConsentChange(ConsentType.PERSONAL_DATA, true, "pos"),
                        new ConsentChange(ConsentType.ADVERTISING, false, "pos")), "pos", "instagram-spring");
        Guest g = f.guests.create(org(), p, "test");
        assertEquals("+79165554433", g.phone());
        assertEquals("Мария Орлова", g.name());
        assertEquals("maria@example.ru", g.email());
        assertEquals(1, g.relatives().size());
        assertEquals(2, g.consents().size());
        assertEquals("pos", g.consents().get(0).channel());
        assertEquals("instagram-spring", g.source());
        assertEquals(List.of(AccountType.BONUS, AccountType.DEPOSIT, AccountType.CREDIT),
                f.accounts.balances(org(), g.id()).stream().map(b -> b.type()).toList());
        assertEquals(IdentifierType.PHONE, f.identifiers.list(org(), g.id()).get(0).type());
    }

    @Test
    void looksUpByAnyPhoneFormCardAndQr() {
        Guest g = f.guests.create(org(), GuestProfile.of("+7(903)1112233", "Lookup"), "test");
        Identifier card = f.identifiers.add(org(), g.id(), IdentifierType.CARD, "004200", "test");
        assertEquals("4200", card.value());
        Identifier qr = f.identifiers.add(org(), g.id(), IdentifierType.QR, null, "test");
        assertTrue(qr.value().length() >= 16);
        for (String value : List.of("89031112233", "79031112233", "+7 903 111-22-33", "9031112233", "4200",
                "0004200", qr.value())) {
            IdentifierMatch m = f.guests.lookup(org(), value).orElseThrow(() -> new AssertionError(value));
            assertEquals(g.id(), m.guest().id(), value);
        }
        assertTrue(f.guests.lookup(org(), "no-such-thing").isEmpty());
        assertTrue(f.guests.lookup(f.organizations.createOrganization("Other").id(), "4200").isEmpty());
    }

    @Test
    void identifiersAreUniqueAndCardsFitSigned64Bit() {
        Guest a = f.guests.create(org(), GuestProfile.of("+79035550001", "A"), "test");
        Guest b = f.guests.create(org(), GuestProfile.of("+79035550002", "B"), "test");
        f.identifiers.add(org(), a.id(), IdentifierType.CARD, "777", "test");
        assertEquals(ConflictException.REASON_DUPLICATE, assertThrows(ConflictException.class,
                () -> f.identifiers.add(org(), b.id(), IdentifierType.CARD, "777", "test")).reason());
        assertThrows(ConflictException.class,
                () -> f.guests.create(org(), GuestProfile.of("8 903 555 00 01", "dup"), "test"));
        f.identifiers.add(org(), a.id(), IdentifierType.CARD, "9223372036854775807", "test");
        for (String bad : List.of("9223372036854775808", "-5", "12a", "0", "")) {
            assertThrows(InvalidInputException.class,
                    () -> f.identifiers.add(org(), a.id(), IdentifierType.CARD, bad, "test"), bad);
        }
        assertThrows(InvalidInputException.class,
                () -> f.identifiers.add(org(), a.id(), IdentifierType.QR, "short", "test"));
        Identifier virtual = f.identifiers.add(org(), a.id(), IdentifierType.VIRTUAL, null, "test");
        assertTrue(Long.parseLong(virtual.value()) > 0);
    }

    @Test
    void aLostCardIsBlockedAndANewOneKeepsTheAccounts() {
        Guest g = f.guests.create(org(), GuestProfile.of("+79035550003", "Lost"), "test");
        Identifier old = f.identifiers.add(org(), g.id(), IdentifierType.CARD, "31337", "test");
        f.accounts.operate(org(), g.id(), OperationRequest.of("lost-1", OperationType.ACCRUE, 900), "test");
        Identifier blocked = f.identifiers.block(org(), old.id(), "lost", "test");
        assertEquals(IdentifierStatus.BLOCKED, blocked.status());
        assertEquals(IdentifierStatus.BLOCKED, f.guests.lookup(org(), "31337").orElseThrow().identifier().status());
        f.identifiers.add(org(), g.id(), IdentifierType.CARD, "31338", "test");
        IdentifierMatch m = f.guests.lookup(org(), "31338").orElseThrow();
        assertEquals(g.id(), m.guest().id());
        assertEquals(900, f.accounts.balances(org(), m.guest().id()).get(0).balance());
        assertThrows(ConflictException.class,
                () -> f.identifiers.add(org(), g.id(), IdentifierType.CARD, "31337", "test"));
    }

    @Test
    void theLookupAnswersTheSameGuestAsTheReadWithRelativesAndConsentsInOrder() {
        Guest g = f.guests.create(org(), new GuestProfile("+79035550006", "Family", null, null,
                List.of(new Relative("Аня", "child", null), new Relative("Борис", "spouse", null),
                        new Relative("Вера", "child", LocalDate.of(2020, 1, 2))),
                null, null, null, List.of(new ConsentChange(ConsentType.PERSONAL_DATA, true, "pos"),
                        new ConsentChange(ConsentType.ADVERTISING, true, "pos")), "pos", null), "test");
        f.guests.update(org(), g.id(), new GuestProfile(null, null, null, null, null, null, null, null,
                List.of(new ConsentChange(ConsentType.ADVERTISING, false, "telegram")), null, null), "test");
        Guest read = f.guests.get(org(), g.id());
        assertEquals(List.of("Аня", "Борис", "Вера"), read.relatives().stream().map(Relative::name).toList());
        assertEquals(2, read.consents().size());
        assertFalse(read.consents().stream().filter(c -> c.type() == ConsentType.ADVERTISING).findFirst()
                .orElseThrow().granted());
        assertEquals(read, f.guests.lookup(org(), "89035550006").orElseThrow().guest());
    }

    @Test
    void updateChangesOnlyWhatIsGivenAndMovesThePhone() {
        Guest g = f.guests.create(org(), new GuestProfile("+79035550004", "Old Name", null, null, null,
                "a@b.ru", "addr", null, null, "web", "site"), "test");
        Guest u = f.guests.update(org(), g.id(), new GuestProfile("+79035550005", null, Gender.MALE, null, null,
                "", null, "vip", List.of(new ConsentChange(ConsentType.ADVERTISING, true, "telegram")), "pos",
                "other"), "test");
        assertEquals("Old Name", u.name());
        assertEquals(Gender.MALE, u.gender());
        assertNull(u.email());
        assertEquals("addr", u.address());
        assertEquals("vip", u.comment());
        assertEquals("web", u.registrationChannel(), "registration channel is kept from creation");
        assertEquals("+79035550005", u.phone());
        assertTrue(f.guests.lookup(org(), "+79035550004").isEmpty());
        assertEquals(g.id(), f.guests.lookup(org(), "89035550005").orElseThrow().guest().id());
        assertTrue(u.consents().get(0).granted());
    }

    @Test
    void searchFindsByNamePhoneAndIdentifierWithPaging() {
        long other = f.organizations.createOrganization("Search org").id();
        for (int i = 0; i < 7; i++) {
            f.guests.create(other, GuestProfile.of("+7999000000" + i, "Ivan " + i), "test");
        }
        Guest petr = f.guests.create(other, GuestProfile.of("+79991112233", "Пётр Сидоров"), "test");
        f.identifiers.add(other, petr.id(), IdentifierType.CARD, "5550001", "test");
        assertEquals(8, f.guests.search(other, null, 0, 100).total());
        assertEquals(7, f.guests.search(other, "ivan", 0, 3).total());
        assertEquals(3, f.guests.search(other, "ivan", 0, 3).items().size());
        assertEquals(1, f.guests.search(other, "ivan", 2, 3).items().size());
        assertEquals(petr.id(), f.guests.search(other, "сидоров", 0, 10).items().get(0).id());
        assertEquals(petr.id(), f.guests.search(other, "1112233", 0, 10).items().get(0).id());
        assertEquals(petr.id(), f.guests.search(other, "5550001", 0, 10).items().get(0).id());
        assertEquals(petr.id(), f.guests.search(other, "8 999 111 22 33", 0, 10).items().get(0).id());
        f.guests.update(other, petr.id(), new GuestProfile(null, null, null, null, null, "Petr@Mail.ru", null, null,
                null, null, null), "test");
        assertEquals(petr.id(), f.guests.search(other, "petr@mail.ru", 0, 10).items().get(0).id());
        assertThrows(InvalidInputException.class, () -> f.guests.search(other, null, -1, 10));
        assertThrows(InvalidInputException.class, () -> f.guests.search(other, null, 0, 0));
    }

    @Test
    void invalidProfilesAreRefusedNamingTheField() {
        assertEquals("phone", assertThrows(InvalidInputException.class,
                () -> f.guests.create(org(), GuestProfile.of("12", "x"), "test")).field());
        assertEquals("email", assertThrows(InvalidInputException.class, () -> f.guests.create(org(),
                new GuestProfile(null, "x", null, null, null, "not-an-email", null, null, null, null, null),
                "test")).field());
        assertEquals("birthDate", assertThrows(InvalidInputException.class, () -> f.guests.create(org(),
                new GuestProfile(null, "x", null, LocalDate.now().plusDays(1), null, null, null, null, null, null,
                        null), "test")).field());
        assertEquals("consents[0].channel", assertThrows(InvalidInputException.class, () -> f.guests.create(org(),
                new GuestProfile(null, "x", null, null, null, null, null, null,
                        List.of(new ConsentChange(ConsentType.ADVERTISING, true, null)), null, null), "test")).field());
    }
}
