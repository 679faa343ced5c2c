package io.kopilka.channel.telegram.internal.bot;

import java.util.Map;

import io.kopilka.api.guest.GuestOverview;
import io.kopilka.api.messaging.Template;
import io.kopilka.api.messaging.TemplateKind;

/**
 * Shows a guest their virtual card: the organization's welcome notice (when it is enabled), then the card's picture
 * (QR code and barcode) with its number and the balance, and the menu keyboard.
 */
final class GuestCard {

    private final Platform platform;

    GuestCard(Platform platform) {
        this.platform = platform;
    }

    /** After linking a chat: the welcome and the card. */
    void welcome(long guestId, String fallbackName, Replies replies) {
        GuestOverview overview = platform.overviews().of(platform.organizationId(), guestId, 0);
        Template welcome = platform.templates().get(platform.organizationId(), TemplateKind.WELCOME);
        if (welcome.enabled()) {
            String name = overview.name() == null || overview.name().isBlank() ? fallbackName : overview.name();
            replies.text(platform.templates().render(platform.organizationId(), TemplateKind.WELCOME,
                    Map.of("name", name == null ? "" : name, "card", overview.card(),
                            "balance", Formats.points(overview.bonusAvailable()))), Menu.MAIN);
        }
        card(overview, replies);
    }

    /** The card alone. */
    void show(long guestId, Replies replies) {
        card(platform.overviews().of(platform.organizationId(), guestId, 0), replies);
    }

    private void card(GuestOverview overview, Replies replies) {
        replies.photo(CardPicture.png(overview.card()), String.format(Texts.CARD_CAPTION, overview.card(),
                Formats.pointsWithNoun(overview.bonusAvailable())), Menu.MAIN);
    }
}
