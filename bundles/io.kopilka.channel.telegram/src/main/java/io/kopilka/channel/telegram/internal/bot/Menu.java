package io.kopilka.channel.telegram.internal.bot;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kopilka.api.messaging.Message.Button;
import io.kopilka.channel.telegram.internal.api.Keyboards;

/** The keyboards the bot shows, and the commands that their buttons and the slash commands stand for. */
final class Menu {

    static final String CARD = "card";
    static final String BALANCE = "balance";
    static final String EXPIRING = "expiring";
    static final String LEVEL = "level";
    static final String PURCHASES = "purchases";

    static final String CONSENT_PREFIX = "consent:";
    static final String CONSENT_ALL = CONSENT_PREFIX + "all";
    static final String CONSENT_DATA = CONSENT_PREFIX + "data";
    static final String CONSENT_NONE = CONSENT_PREFIX + "none";
    static final String REVIEW_PREFIX = "review:";

    static final List<Button> SHARE_PHONE = List.of(new Button(Texts.BUTTON_SHARE_PHONE, Keyboards.SHARE_CONTACT));
    static final List<Button> MAIN = List.of(key(Texts.BUTTON_CARD), key(Texts.BUTTON_BALANCE),
            key(Texts.BUTTON_EXPIRING), key(Texts.BUTTON_LEVEL), key(Texts.BUTTON_PURCHASES));
    static final List<Button> CONSENT = List.of(new Button(Texts.BUTTON_CONSENT_ALL, CONSENT_ALL),
            new Button(Texts.BUTTON_CONSENT_DATA, CONSENT_DATA), new Button(Texts.BUTTON_CONSENT_NONE, CONSENT_NONE));

    private static final Map<String, String> BY_BUTTON = Map.of(Texts.BUTTON_CARD, CARD, Texts.BUTTON_BALANCE, BALANCE,
            Texts.BUTTON_EXPIRING, EXPIRING, Texts.BUTTON_LEVEL, LEVEL, Texts.BUTTON_PURCHASES, PURCHASES);

    private Menu() {
    }

    private static Button key(String text) {
        return new Button(text, Keyboards.SEND_TEXT);
    }

    /** A command as typed: its name (lower case, without a {@code @botname}) and its arguments. */
    record Command(String name, List<String> args) {
    }

    /**
     * The command a text stands for: a slash command, or a menu button's text; {@code null} for other text.
     */
    static Command parse(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        String button = BY_BUTTON.get(trimmed);
        if (button != null) {
            return new Command(button, List.of());
        }
        if (!trimmed.startsWith("/") || trimmed.length() < 2) {
            return null;
        }
        String[] words = trimmed.substring(1).split("\\s+");
        String name = words[0];
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        return new Command(name.toLowerCase(Locale.ROOT), List.of(words).subList(1, words.length));
    }
}
