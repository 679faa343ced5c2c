package io.kopilka.core.internal;

import java.time.Clock;
import java.time.ZoneId;

import io.kopilka.api.account.AccountService;
import io.kopilka.api.guest.Guest;
import io.kopilka.api.guest.GuestProfile;
import io.kopilka.api.org.Organization;
import io.kopilka.core.internal.engagement.GuestContactsImpl;
import io.kopilka.core.internal.engagement.Notifications;
import io.kopilka.core.internal.engagement.SigningKey;
import io.kopilka.core.internal.engagement.TemplatesImpl;
import io.kopilka.core.internal.engagement.WebhookSubscriptionsImpl;
import io.kopilka.core.internal.guest.GuestServiceImpl;
import io.kopilka.core.internal.guest.IdentifierServiceImpl;
import io.kopilka.core.internal.ledger.AccountServiceImpl;
import io.kopilka.core.internal.messaging.OutboxImpl;
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
    public final OutboxImpl outbox;
    public final TemplatesImpl templates;
    public final WebhookSubscriptionsImpl webhooks;
    public final GuestContactsImpl contacts;
    public final Notifications notifications;
    public final Organization org;

    public Fixture(String name) {
        this(name, Clock.systemUTC());
    }

    public Fixture(String name, Clock clock) {
        db = new TestDatabase(name);
        organizations = new OrganizationServiceImpl(db.database());
        outbox = new OutboxImpl(db.database(), clock);
        templates = new TemplatesImpl(db.database(), clock);
        webhooks = new WebhookSubscriptionsImpl(db.database(), new SigningKey(new byte[32]), clock);
        contacts = new GuestContactsImpl(db.database(), clock);
        notifications = new Notifications(outbox, templates, webhooks, ZoneId.of("Europe/Moscow"));
        guests = new GuestServiceImpl(db.database(), notifications);
        identifiers = new IdentifierServiceImpl(db.database());
        accounts = new AccountServiceImpl(db.database(), clock);
        tokens = new TokenServiceImpl(db.database());
        audit = new AuditLogImpl(db.database());
        org = organizations.createOrganization("Test org");
    }

    public Guest guest(String phone) {
        return guests.create(org.id(), GuestProfile.of(phone, "Guest " + phone), "test");
    }

    /** The text of an outbox message, which the API does not show. */
    public String outboxText(long outboxId) {
        return db.database().read(em -> em.find(io.kopilka.core.internal.messaging.OutboxEntity.class, outboxId).body);
    }

    @Override
    public void close() {
        db.close();
    }
}
