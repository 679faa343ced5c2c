package io.kopilka.core.internal.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kopilka.api.account.AccountService;
import io.kopilka.api.account.OperationRequest;
import io.kopilka.api.account.OperationType;
import io.kopilka.api.guest.ConsentChange;
import io.kopilka.api.guest.ConsentType;
import io.kopilka.api.guest.Guest;
import io.kopilka.api.guest.GuestProfile;
import io.kopilka.api.guest.GuestService;
import io.kopilka.api.guest.IdentifierService;
import io.kopilka.api.guest.IdentifierType;
import io.kopilka.api.org.OrganizationService;
import io.kopilka.api.org.Terminal;
import io.kopilka.api.org.Venue;
import io.kopilka.api.security.TokenKind;
import io.kopilka.api.security.TokenService;

/** The demo organization's venue, two terminals with their tokens, an application token and five guests. */
final class DemoData {

    private static final String ACTOR = "system:demo";

    private final OrganizationService organizations;
    private final TokenService tokens;
    private final GuestService guests;
    private final IdentifierService identifiers;
    private final AccountService accounts;

    DemoData(OrganizationService organizations, TokenService tokens, GuestService guests,
            IdentifierService identifiers, AccountService accounts) {
        this.organizations = organizations;
        this.tokens = tokens;
        this.guests = guests;
        this.identifiers = identifiers;
        this.accounts = accounts;
    }

    /** Creates it all; returns the credential lines of the tokens it issued. */
    List<String> create(long org) {
        List<String> lines = new ArrayList<>();
        Venue venue = organizations.createVenue(org, "1001", "Demo Bistro");
        lines.add("venue.code=" + venue.code());
        for (String code : List.of("1", "2")) {
            Terminal t = organizations.createTerminal(venue.id(), code, "Till " + code);
            lines.add("terminal." + code + ".token="
                    + tokens.issue(org, TokenKind.TERMINAL, t.id(), "till-" + code, ACTOR).secret());
        }
        lines.add("application.token=" + tokens.issue(org, TokenKind.APPLICATION, null, "demo-site", ACTOR).secret());

        Instant now = Instant.now();
        Guest anna = guest(org, "+79161234567", "Анна Иванова", "1000001");
        accrue(org, anna, "demo-anna-1", 35_000, now.plus(Duration.ofDays(365)));
        accrue(org, anna, "demo-anna-2", 15_000, now.plus(Duration.ofDays(20)));
        operate(org, anna, OperationRequest.of("demo-anna-3", OperationType.DEPOSIT_TOPUP, 100_000));

        Guest boris = guest(org, "+79162345678", "Борис Петров", "1000002");
        accrue(org, boris, "demo-boris-1", 150_000, now.plus(Duration.ofDays(180)));
        operate(org, boris, OperationRequest.of("demo-boris-2", OperationType.REDEEM, 30_000));

        Guest vera = guest(org, "+79163456789", "Вера Смирнова", "1000003");
        operate(org, vera, new OperationRequest("demo-vera-1", OperationType.ACCRUE, 10_000, "welcome bonus", null,
                now.plus(Duration.ofDays(7)), now.plus(Duration.ofDays(97))));

        Guest grigory = guest(org, "+79164567890", "Григорий Кузнецов", "1000004");
        accounts.setCreditLimit(org, grigory.id(), 500_000, ACTOR);
        operate(org, grigory, OperationRequest.of("demo-grigory-1", OperationType.CREDIT_SPEND, 150_000));

        Guest daria = guest(org, "+79165678901", "Дарья Соколова", "1000050");
        long lost = identifiers.list(org, daria.id()).stream().filter(i -> i.type() == IdentifierType.CARD)
                .findFirst().orElseThrow().id();
        identifiers.block(org, lost, "card lost", ACTOR);
        identifiers.add(org, daria.id(), IdentifierType.CARD, "1000005", ACTOR);
        accrue(org, daria, "demo-daria-1", 42_000, null);
        return lines;
    }

    private Guest guest(long org, String phone, String name, String card) {
        Guest g = guests.create(org, new GuestProfile(phone, name, null, null, null, null, null,
                null, List.of(new ConsentChange(ConsentType.PERSONAL_DATA,
                        true, "demo")), "demo", "demo data"), ACTOR);
        identifiers.add(org, g.id(), IdentifierType.CARD, card, ACTOR);
        return g;
    }

    private void accrue(long org, Guest g, String key, long amount, Instant expires) {
        operate(org, g, new OperationRequest(key, OperationType.ACCRUE, amount, "demo", null, null, expires));
    }

    private void operate(long org, Guest g, OperationRequest r) {
        accounts.operate(org, g.id(), r, ACTOR);
    }
}
