package io.kopilka.channel.telegram.internal.bot;

import java.time.ZoneId;
import java.util.Optional;

import io.kopilka.api.KopilkaException;
import io.kopilka.api.messaging.GuestContact;
import io.kopilka.channel.telegram.internal.api.CallbackQuery;
import io.kopilka.channel.telegram.internal.api.IncomingMessage;
import io.kopilka.channel.telegram.internal.api.Update;
import io.kopilka.channel.telegram.internal.bot.Menu.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's side of a chat: routes each update to registration, the guest menu, reviews or the staff commands. Guests
 * are served in private chats only; in groups the bot answers {@code /alerts} and {@code /report} and stays quiet
 * otherwise. A refusal by Kopilka (a {@link KopilkaException}) is answered with a short apology and logged; any other
 * failure propagates, so that the update is tried again.
 */
public final class Conversation {

    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);

    private final Platform platform;
    private final String botId;
    private final Replies.CallbackAnswers answers;
    private final Registration registration;
    private final GuestMenu menu;
    private final ReviewFlow reviews;
    private final StaffCommands staff;

    /** @param states where the dialogues are; the caller keeps them across restarts of the bot component */
    public Conversation(Platform platform, String botId, Replies.CallbackAnswers answers, ZoneId zone,
            String privacyPolicyUrl, ChatStates states) {
        this.platform = platform;
        this.botId = botId;
        this.answers = answers;
        GuestCard card = new GuestCard(platform);
        this.registration = new Registration(platform, states, card, privacyPolicyUrl);
        this.menu = new GuestMenu(platform, card, zone);
        this.reviews = new ReviewFlow(platform, states);
        this.staff = new StaffCommands(platform, zone);
    }

    /** Acts on one update. @throws RuntimeException for a failure worth trying again (the database was down) */
    public void handle(Update update) {
        long chat = update.chatKey();
        if (chat == 0 || (update.message() == null && update.callback() == null)) {
            return;
        }
        Replies replies = new Replies(platform.outbox(), platform.organizationId(), botId, update.id(), chat, answers);
        try {
            if (update.callback() != null) {
                onCallback(update.callback(), chat, replies);
            } else {
                onMessage(update.message(), replies);
            }
        } catch (KopilkaException e) {
            LOG.info("Telegram update {} refused by Kopilka: {} ({})", update.id(), e.getMessage(), e.code());
            replies.text(Texts.FAILED);
        }
    }

    private void onCallback(CallbackQuery query, long chat, Replies replies) {
        String data = query.data() == null ? "" : query.data();
        if (data.startsWith(Menu.CONSENT_PREFIX)) {
            registration.consent(query, chat, replies);
        } else if (data.startsWith(Menu.REVIEW_PREFIX)) {
            reviews.rate(query, chat, contact(chat), replies);
        } else {
            replies.answer(query.id(), null);
        }
    }

    private void onMessage(IncomingMessage message, Replies replies) {
        Command command = Menu.parse(message.text());
        if (command != null && "alerts".equals(command.name())) {
            staff.alerts(message, command.args(), replies);
            return;
        }
        if (command != null && "report".equals(command.name())) {
            staff.report(message, command.args(), replies);
            return;
        }
        if (!message.isPrivate()) {
            return;
        }
        if (message.contact() != null) {
            registration.contact(message, replies);
        } else if (command != null && "start".equals(command.name())) {
            registration.start(message, command.args(), replies);
        } else {
            onGuestText(message, command, replies);
        }
    }

    private void onGuestText(IncomingMessage message, Command command, Replies replies) {
        Optional<GuestContact> contact = contact(message.chatId());
        if (command != null && GuestMenu.knows(command.name())) {
            if (contact.isEmpty()) {
                replies.text(Texts.NOT_REGISTERED, Menu.SHARE_PHONE);
            } else {
                menu.handle(command.name(), contact.get(), replies);
            }
            return;
        }
        boolean freeText = command == null && message.text() != null && !message.text().isBlank();
        if (freeText && contact.isPresent() && reviews.comment(message.chatId(), contact.get(), message.text(),
                replies)) {
            return;
        }
        replies.text(contact.isPresent() ? Texts.HELP : Texts.NOT_REGISTERED,
                contact.isPresent() ? Menu.MAIN : Menu.SHARE_PHONE);
    }

    private Optional<GuestContact> contact(long chat) {
        return platform.contacts().find(platform.organizationId(), Platform.CHANNEL, Long.toString(chat));
    }
}
