package io.kopilka.core.internal.engagement;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.kopilka.api.feedback.Review;
import io.kopilka.api.messaging.Message;
import io.kopilka.api.messaging.Template;
import io.kopilka.api.messaging.TemplateKind;
import io.kopilka.api.messaging.WebhookEvent;
import io.kopilka.core.internal.guest.GuestEntity;
import io.kopilka.core.internal.messaging.OutboxImpl;
import io.kopilka.core.internal.org.VenueEntity;

/**
 * Turns what happened into messages, inside the transaction of the cause, so that a purchase and its thank-you (or
 * its webhook) commit or roll back together: guest notices by template to the guest's linked addresses that want
 * them, and webhook deliveries to the subscriptions of the event. Every message has a dedupe key derived from its
 * cause, so a replayed cause queues nothing new.
 */
@Component(service = Notifications.class, configurationPid = "io.kopilka.processing")
public class Notifications {

    /** The processing configuration's time zone, shared by pid. */
    @interface Config {

        String zone() default "Europe/Moscow";
    }

    /**
     * A booked purchase, in minor units: {@code amount} is what the guest paid after discounts; {@code balance} the
     * guest's bonus balance after it.
     */
    public record Purchase(long organizationId, long guestId, String guestName, long receiptKey, String receiptId,
            long venueId, Instant at, long amount, long accrued, long redeemed, long balance) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final TemplatesImpl templates;
    private final WebhookFanout webhooks;
    private final OutboxImpl outbox;
    private final ZoneId zone;

    @Activate
    public Notifications(@Reference OutboxImpl outbox, @Reference TemplatesImpl templates,
            @Reference WebhookSubscriptionsImpl subscriptions, Config config) {
        this(outbox, templates, subscriptions, ZoneId.of(config.zone()));
    }

    public Notifications(OutboxImpl outbox, TemplatesImpl templates, WebhookSubscriptionsImpl subscriptions,
            ZoneId zone) {
        this.outbox = outbox;
        this.templates = templates;
        this.webhooks = new WebhookFanout(outbox, subscriptions);
        this.zone = zone;
    }

    /**
     * After a receipt with a guest was booked: the thank-you with review buttons, and ACCRUAL/REDEMPTION hooks. It runs
     * in every commit, so it reads only what a message needs, and only when a message will be sent.
     */
    public void purchase(EntityManager em, Purchase p) {
        List<Message.Button> stars = List.of(star(p, 1), star(p, 2), star(p, 3), star(p, 4), star(p, 5));
        notice(em, p.organizationId(), p.guestId(), TemplateKind.PURCHASE, () -> {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("name", p.guestName() == null ? "" : p.guestName());
            values.put("amount", MoneyText.format(p.amount()));
            values.put("accrued", MoneyText.format(p.accrued()));
            values.put("redeemed", MoneyText.format(p.redeemed()));
            values.put("balance", MoneyText.format(p.balance()));
            VenueEntity venue = em.find(VenueEntity.class, p.venueId());
            values.put("venue", venue == null ? "" : venue.name);
            return values;
        }, stars, "purchase:" + p.receiptKey());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("guestId", p.guestId());
        data.put("receiptKey", p.receiptKey());
        data.put("receiptId", p.receiptId());
        data.put("venueId", p.venueId());
        data.put("receiptAmount", WebhookFanout.amount(p.amount()));
        data.put("balance", WebhookFanout.amount(p.balance()));
        if (p.accrued() > 0) {
            webhooks.publish(em, p.organizationId(), WebhookEvent.ACCRUAL, "receipt:" + p.receiptKey(), p.at(),
                    with(data, "amount", WebhookFanout.amount(p.accrued())));
        }
        if (p.redeemed() > 0) {
            webhooks.publish(em, p.organizationId(), WebhookEvent.REDEMPTION, "receipt:" + p.receiptKey(), p.at(),
                    with(data, "amount", WebhookFanout.amount(p.redeemed())));
        }
    }

    /** After a guest was created. */
    public void guestRegistered(EntityManager em, GuestEntity guest, String channel, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("guestId", guest.id);
        data.put("name", guest.name);
        data.put("phone", guest.phone);
        data.put("registrationChannel", channel);
        webhooks.publish(em, guest.organizationId, WebhookEvent.GUEST_REGISTERED, "guest:" + guest.id, at, data);
    }

    /** After a review was rated or written. */
    public void reviewed(EntityManager em, Review r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reviewId", r.id());
        data.put("guestId", r.guestId());
        data.put("receiptKey", r.receiptKey());
        data.put("receiptId", r.receiptId());
        data.put("venueId", r.venueId());
        data.put("cashier", r.cashier());
        data.put("receiptAmount", WebhookFanout.amount(r.receiptSum()));
        data.put("score", r.score());
        data.put("text", r.text());
        String version = r.score() + ":" + (r.text() == null ? "-" : Integer.toHexString(r.text().hashCode()));
        webhooks.publish(em, r.organizationId(), WebhookEvent.REVIEW, "review:" + r.id() + ":" + version,
                r.updatedAt(), data);
    }

    /** Points of a guest that expire soon: one notice per guest and expiry moment. */
    public void expiring(EntityManager em, long organizationId, long guestId, long points, Instant expiresAt) {
        notice(em, organizationId, guestId, TemplateKind.EXPIRING_SOON, () -> {
            GuestEntity guest = em.find(GuestEntity.class, guestId);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("name", guest.name == null ? "" : guest.name);
            values.put("expiring", MoneyText.format(points));
            values.put("expiry", DATE.format(expiresAt.atZone(zone)));
            values.put("balance", MoneyText.format(GuestBalance.bonus(em, guestId)));
            return values;
        }, List.of(), "expiring:" + guestId + ":" + expiresAt.getEpochSecond());
    }

    /** Queues a notice to the guest's addresses that want notices; {@code values} are read only if there are any. */
    private void notice(EntityManager em, long organizationId, long guestId, TemplateKind kind,
            Supplier<Map<String, String>> values, List<Message.Button> buttons, String causeKey) {
        List<GuestContactEntity> contacts = GuestContactsImpl.wantingNotices(em, organizationId, guestId);
        if (contacts.isEmpty()) {
            return;
        }
        Template template = templates.get(em, organizationId, kind);
        if (!template.enabled()) {
            return;
        }
        String text = TemplatesImpl.fill(template.text(), values.get());
        for (GuestContactEntity c : contacts) {
            outbox.enqueueIn(em, organizationId, new Message(c.channel, c.address, null, text, null, buttons,
                    causeKey + ":" + c.id));
        }
    }

    private static Message.Button star(Purchase p, int score) {
        return new Message.Button("★".repeat(score), "review:" + p.receiptKey() + ":" + score);
    }

    private static Map<String, Object> with(Map<String, Object> data, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(data);
        copy.put(key, value);
        return copy;
    }
}
