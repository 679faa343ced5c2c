package io.kopilka.channel.telegram.internal.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.kopilka.api.ConflictException;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.guest.ConsentChange;
import io.kopilka.api.guest.ConsentType;
import io.kopilka.api.guest.Guest;
import io.kopilka.api.guest.GuestProfile;
import io.kopilka.api.guest.IdentifierMatch;
import io.kopilka.api.guest.PhoneNumbers;
import io.kopilka.api.messaging.GuestContact;
import io.kopilka.channel.telegram.internal.api.CallbackQuery;
import io.kopilka.channel.telegram.internal.api.IncomingMessage;
import io.kopilka.channel.telegram.internal.api.SharedContact;
import io.kopilka.channel.telegram.internal.bot.ChatStates.AwaitingConsent;
import io.kopilka.channel.telegram.internal.bot.ChatStates.AwaitingPhone;

/**
 * A guest joins through the bot: {@code /start} asks for the phone (the {@code request_contact} button); only the
 * user's own contact is accepted; a known phone links the chat to its guest, an unknown one asks for consent to the
 * processing of personal data (required) and to advertising (optional), then registers the guest with channel
 * {@code telegram}, the consents and the {@code /start} payload as the source; finally the chat is linked and the card
 * shown.
 */
final class Registration {

    static final String ACTOR = "telegram-bot";
    private static final String SOURCE = "[A-Za-z0-9_-]{1,64}";

    private final Platform platform;
    private final ChatStates states;
    private final GuestCard card;
    private final String privacyPolicyUrl;

    Registration(Platform platform, ChatStates states, GuestCard card, String privacyPolicyUrl) {
        this.platform = platform;
        this.states = states;
        this.card = card;
        this.privacyPolicyUrl = privacyPolicyUrl;
    }

    void start(IncomingMessage message, List<String> args, Replies replies) {
        Optional<GuestContact> linked = platform.contacts().find(platform.organizationId(), Platform.CHANNEL,
                Long.toString(message.chatId()));
        if (linked.isPresent()) {
            card.show(linked.get().guestId(), replies);
            return;
        }
        String source = args.isEmpty() || !args.get(0).matches(SOURCE) ? null : args.get(0);
        states.put(message.chatId(), new AwaitingPhone(source, states.in(ChatStates.PHONE_WAIT)));
        replies.text(Texts.ASK_PHONE, Menu.SHARE_PHONE);
    }

    void contact(IncomingMessage message, Replies replies) {
        SharedContact contact = message.contact();
        if (message.from() == null || contact.userId() == null || contact.userId() != message.from().id()) {
            replies.text(Texts.NOT_OWN_CONTACT, Menu.SHARE_PHONE);
            return;
        }
        String phone;
        try {
            String raw = contact.phoneNumber().strip();
            phone = PhoneNumbers.normalize(raw.startsWith("+") ? raw : "+" + raw, "phone");
        } catch (InvalidInputException e) {
            replies.text(Texts.BAD_PHONE, Menu.SHARE_PHONE);
            return;
        }
        String name = nameOf(contact, message);
        Optional<IdentifierMatch> known = platform.guests().lookup(platform.organizationId(), phone);
        if (known.isPresent()) {
            link(message.chatId(), known.get(), name, replies);
            return;
        }
        String source = states.get(message.chatId(), AwaitingPhone.class).map(AwaitingPhone::source).orElse(null);
        states.put(message.chatId(), new AwaitingConsent(phone, name, source, states.in(ChatStates.CONSENT_WAIT)));
        String question = String.format(Texts.CONSENT_QUESTION, phone);
        if (privacyPolicyUrl != null && !privacyPolicyUrl.isBlank()) {
            question += String.format(Texts.PRIVACY_POLICY, privacyPolicyUrl);
        }
        replies.text(question, Menu.CONSENT);
    }

    void consent(CallbackQuery query, long chat, Replies replies) {
        Optional<AwaitingConsent> waiting = states.get(chat, AwaitingConsent.class);
        if (waiting.isEmpty()) {
            replies.answer(query.id(), null);
            replies.text(Texts.CONSENT_EXPIRED);
            return;
        }
        if (Menu.CONSENT_NONE.equals(query.data())) {
            states.clear(chat);
            replies.answer(query.id(), null);
            replies.text(Texts.CONSENT_REFUSED);
            return;
        }
        AwaitingConsent pending = waiting.get();
        replies.answer(query.id(), Texts.CONSENT_RECORDED);
        IdentifierMatch match = platform.guests().lookup(platform.organizationId(), pending.phone())
                .orElseGet(() -> register(pending, Menu.CONSENT_ALL.equals(query.data())));
        states.clear(chat);
        link(chat, match, pending.name(), replies);
    }

    private IdentifierMatch register(AwaitingConsent pending, boolean advertising) {
        List<ConsentChange> consents = new ArrayList<>(2);
        consents.add(new ConsentChange(ConsentType.PERSONAL_DATA, true, Platform.CHANNEL));
        consents.add(new ConsentChange(ConsentType.ADVERTISING, advertising, Platform.CHANNEL));
        GuestProfile profile = new GuestProfile(pending.phone(), pending.name(), null, null, null, null, null, null,
                consents, Platform.CHANNEL, pending.source());
        try {
            Guest guest = platform.guests().create(platform.organizationId(), profile, ACTOR);
            return new IdentifierMatch(null, guest);
        } catch (ConflictException e) {
            return platform.guests().lookup(platform.organizationId(), pending.phone()).orElseThrow(() -> e);
        }
    }

    private void link(long chat, IdentifierMatch match, String name, Replies replies) {
        if (match.identifier() != null && !match.identifier().active()) {
            replies.text(Texts.PHONE_BLOCKED);
            return;
        }
        long guestId = match.guest().id();
        platform.contacts().link(platform.organizationId(), guestId, Platform.CHANNEL, Long.toString(chat));
        states.clear(chat);
        card.welcome(guestId, name, replies);
    }

    private static String nameOf(SharedContact contact, IncomingMessage message) {
        String name = ((contact.firstName() == null ? "" : contact.firstName()) + " "
                + (contact.lastName() == null ? "" : contact.lastName())).strip();
        if (name.isEmpty() && message.from() != null) {
            name = message.from().fullName();
        }
        return name.isEmpty() ? null : name;
    }
}
