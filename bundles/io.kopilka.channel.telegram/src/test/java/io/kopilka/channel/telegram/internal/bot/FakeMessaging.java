package io.kopilka.channel.telegram.internal.bot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kopilka.api.NotFoundException;
import io.kopilka.api.messaging.GuestContact;
import io.kopilka.api.messaging.GuestContacts;
import io.kopilka.api.messaging.Message;
import io.kopilka.api.messaging.Outbox;
import io.kopilka.api.messaging.OutboxEntry;
import io.kopilka.api.messaging.Template;
import io.kopilka.api.messaging.TemplateKind;
import io.kopilka.api.messaging.Templates;

/** The messaging services in memory: contacts, templates (Kopilka-like defaults) and an outbox that records. */
final class FakeMessaging {

    private FakeMessaging() {
    }

    /** Contacts by address. */
    static final class Contacts implements GuestContacts {
        final Map<String, GuestContact> byAddress = Collections.synchronizedMap(new LinkedHashMap<>());

        @Override
        public GuestContact link(long organizationId, long guestId, String channel, String address) {
            GuestContact c = new GuestContact(organizationId, guestId, channel, address, true, Instant.EPOCH);
            byAddress.put(channel + "/" + address, c);
            return c;
        }

        @Override
        public Optional<GuestContact> find(long organizationId, String channel, String address) {
            return Optional.ofNullable(byAddress.get(channel + "/" + address))
                    .filter(c -> c.organizationId() == organizationId);
        }

        @Override
        public List<GuestContact> ofGuest(long organizationId, long guestId) {
            return byAddress.values().stream().filter(c -> c.guestId() == guestId).toList();
        }

        @Override
        public GuestContact setNotifications(long organizationId, String channel, String address, boolean on) {
            GuestContact c = find(organizationId, channel, address)
                    .orElseThrow(() -> new NotFoundException("address", "not linked"));
            GuestContact changed = new GuestContact(organizationId, c.guestId(), channel, address, on, c.linkedAt());
            byAddress.put(channel + "/" + address, changed);
            return changed;
        }
    }

    /** Templates with default texts; switchable. */
    static final class FakeTemplates implements Templates {
        final Map<TemplateKind, Template> templates = new EnumMap<>(TemplateKind.class);

        FakeTemplates() {
            templates.put(TemplateKind.WELCOME, new Template(TemplateKind.WELCOME,
                    "Добро пожаловать, {name}! Карта {card}, баланс {balance}.", true, false, null));
            templates.put(TemplateKind.REVIEW_THANKS, new Template(TemplateKind.REVIEW_THANKS,
                    "Спасибо за отзыв, {name}! Оценка: {score}.", true, false, null));
        }

        @Override
        public List<Template> list(long organizationId) {
            return new ArrayList<>(templates.values());
        }

        @Override
        public Template get(long organizationId, TemplateKind kind) {
            return templates.get(kind);
        }

        @Override
        public Template save(long organizationId, TemplateKind kind, String text, Boolean enabled, String actor) {
            Template t = templates.get(kind);
            Template changed = new Template(kind, text == null ? t.text() : text,
                    enabled == null ? t.enabled() : enabled, true, Instant.EPOCH);
            templates.put(kind, changed);
            return changed;
        }

        @Override
        public Template reset(long organizationId, TemplateKind kind, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String render(long organizationId, TemplateKind kind, Map<String, String> values) {
            String text = templates.get(kind).text();
            for (String p : kind.placeholders()) {
                text = text.replace("{" + p + "}", values.getOrDefault(p, ""));
            }
            return text;
        }
    }

    /** Records what is enqueued, once per dedupe key, as the real outbox stores it. */
    static final class RecordingOutbox implements Outbox {
        final Map<String, Message> byKey = Collections.synchronizedMap(new LinkedHashMap<>());

        @Override
        public OutboxEntry enqueue(long organizationId, Message message) {
            byKey.putIfAbsent(message.dedupeKey(), message);
            return new OutboxEntry(byKey.size(), organizationId, message.channel(), message.address(),
                    OutboxEntry.Status.PENDING, 0, Instant.EPOCH, null, null, Instant.EPOCH, null);
        }

        @Override
        public Optional<OutboxEntry> get(long organizationId, long id) {
            return Optional.empty();
        }

        @Override
        public List<OutboxEntry> recent(long organizationId, int limit) {
            return List.of();
        }

        List<Message> messages() {
            synchronized (byKey) {
                return new ArrayList<>(byKey.values());
            }
        }

        Message last() {
            List<Message> all = messages();
            return all.get(all.size() - 1);
        }
    }
}
