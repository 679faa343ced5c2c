package io.kopilka.channel.telegram.internal.bot;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.feedback.Reviews;
import io.kopilka.api.guest.Guest;
import io.kopilka.api.messaging.GuestContact;
import io.kopilka.api.messaging.Template;
import io.kopilka.api.messaging.TemplateKind;
import io.kopilka.channel.telegram.internal.api.CallbackQuery;
import io.kopilka.channel.telegram.internal.bot.ChatStates.AwaitingReviewText;

/**
 * Reviews from the purchase notice: a score button ({@code review:<receiptKey>:<score>}) rates the receipt, which must
 * be the guest's own (the data can be forged); the bot then asks for a few words, and the guest's next free text is
 * the review's comment, answered with the organization's thank-you template.
 */
final class ReviewFlow {

    static final int MAX_TEXT = 2000;
    private static final Pattern DATA = Pattern.compile(Pattern.quote(Menu.REVIEW_PREFIX) + "(\\d{1,18}):([1-5])");

    private final Platform platform;
    private final ChatStates states;

    ReviewFlow(Platform platform, ChatStates states) {
        this.platform = platform;
        this.states = states;
    }

    void rate(CallbackQuery query, long chat, Optional<GuestContact> contact, Replies replies) {
        Matcher m = DATA.matcher(query.data());
        Optional<Reviews> reviews = platform.reviews();
        if (contact.isEmpty() || !m.matches() || reviews.isEmpty()) {
            replies.answer(query.id(), contact.isEmpty() ? Texts.NOT_REGISTERED
                    : reviews.isEmpty() ? Texts.REVIEWS_OFF : Texts.REVIEW_NOT_YOURS);
            return;
        }
        long receipt = Long.parseLong(m.group(1));
        int score = Integer.parseInt(m.group(2));
        try {
            reviews.get().rate(platform.organizationId(), contact.get().guestId(), receipt, score);
        } catch (NotFoundException | InvalidInputException e) {
            replies.answer(query.id(), Texts.REVIEW_NOT_YOURS);
            return;
        }
        replies.answer(query.id(), String.format(Texts.RATED, score));
        states.put(chat, new AwaitingReviewText(receipt, score, states.in(ChatStates.REVIEW_WAIT)));
        replies.text(score >= 4 ? Texts.ASK_REVIEW_GOOD : Texts.ASK_REVIEW_BAD);
    }

    /** Takes free text as the awaited review's words; {@code false} if no review is waiting for them. */
    boolean comment(long chat, GuestContact contact, String text, Replies replies) {
        Optional<AwaitingReviewText> waiting = states.get(chat, AwaitingReviewText.class);
        Optional<Reviews> reviews = platform.reviews();
        if (waiting.isEmpty() || reviews.isEmpty()) {
            return false;
        }
        long org = platform.organizationId();
        String words = text.strip();
        reviews.get().comment(org, contact.guestId(), waiting.get().receiptKey(),
                words.length() > MAX_TEXT ? words.substring(0, MAX_TEXT) : words);
        states.clear(chat);
        Template thanks = platform.templates().get(org, TemplateKind.REVIEW_THANKS);
        if (thanks.enabled()) {
            Guest guest = platform.guests().get(org, contact.guestId());
            replies.text(platform.templates().render(org, TemplateKind.REVIEW_THANKS, Map.of("name",
                    guest.name() == null ? "" : guest.name(), "score", Integer.toString(waiting.get().score()))),
                    Menu.MAIN);
        }
        return true;
    }
}
