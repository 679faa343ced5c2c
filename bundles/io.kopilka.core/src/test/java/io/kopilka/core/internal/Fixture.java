package io.kopilka.core.internal;

import java.time.Clock;

import io.kopilka.api.account.AccountService;
import io.kopilka.api.guest.Guest;
import io.kopilka.api.guest.GuestProfile;
import io.kopilka.api.org.Organization;
import io.kopilka.core.internal.guest.GuestServiceImpl;
import io.kopilka.core.internal.guest.IdentifierServiceImpl;
import io.kopilka.core.internal.ledger.AccountServiceImpl;
import io.kopilka.core.internal.org.OrganizationServiceImpl;
import io.kopilka.core.internal.security.AuditLogImpl;
import io.kopilka.core.internal.security.TokenServiceImpl;

/** The core services wired by hand over one test database, as DS wires them in Karaf. */
public final class Fixture implements AutoCloseable {

    public final TestDatabase db;
    public final OrganizationServiceImpl organizations;
    public final GuestServiceImpl guests;
    public final IdentifierServiceImpl identifiers;
    public final AccountService accounts;
    public final TokenServiceImpl tokens;
    public final AuditLogImpl audit;
    public final Organization org;

    public Fixture(String name) {
        this(name, Clock.systemUTC());
    }

    public Fixture(String name, Clock clock) {
        db = new TestDatabase(name);
        organizations = new OrganizationServiceImpl(db.database());
        guests = new GuestServiceImpl(db.database());
        identifiers = new IdentifierServiceImpl(db.database());
        accounts = new AccountServiceImpl(db.database(), clock);
        tokens = new TokenServiceImpl(db.database());
        audit = new AuditLogImpl(db.database());
        org = organizations.createOrganization("Test org");
    }

    public Guest guest(String phone) {
        return guests.create(org.id(), GuestProfile.of(phone, "Guest " + phone), "test");
    }

    @Override
    public void close() {
        db.close();
    }
}
