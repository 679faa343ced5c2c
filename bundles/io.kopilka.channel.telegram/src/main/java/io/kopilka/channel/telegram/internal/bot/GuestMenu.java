package io.kopilka.channel.telegram.internal.bot;

import java.time.ZoneId;
import java.util.List;

import io.kopilka.api.guest.ConsentChange;
import io.kopilka.api.guest.ConsentType;
import io.kopilka.api.guest.GuestOverview;
import io.kopilka.api.guest.GuestProfile;
import io.kopilka.api.messaging.GuestContact;

/**
 * A registered guest's menu: card, balance, expiring points, level, last purchases; and their choices: advertising
 * consent ({@code /subscribe}, {@code /unsubscribe}) and notices on this chat ({@code /notify}, {@code /stop}).
 */
final class GuestMenu {

    static final int PURCHASES = 5;

    private final Platform platform;
    private final GuestCard card;
    private final ZoneId zone;

    GuestMenu(Platform platform, GuestCard card, ZoneId zone) {
        this.platform = platform;
        this.card = card;
        this.zone = zone;
    }

    /** Whether this is one of the menu's commands. */
    static boolean knows(String command) {
        return switch (command) {
            case Menu.CARD, Menu.BALANCE, Menu.EXPIRING, Menu.LEVEL, Menu.PURCHASES, "subscribe", "unsubscribe",
                    "stop", "notify" -> true;
            default -> false;
        };
    }

    void handle(String command, GuestContact contact, Replies replies) {
        long org = platform.organizationId();
        switch (command) {
            case Menu.CARD -> card.show(contact.guestId(), replies);
            case "subscribe" -> {
                advertising(contact.guestId(), true);
                replies.text(Texts.SUBSCRIBED, Menu.MAIN);
            }
            case "unsubscribe" -> {
                advertising(contact.guestId(), false);
                replies.text(Texts.UNSUBSCRIBED, Menu.MAIN);
            }
            case "stop", "notify" -> {
                boolean on = "notify".equals(command);
                platform.contacts().setNotifications(org, Platform.CHANNEL, contact.address(), on);
                replies.text(on ? Texts.NOTIFICATIONS_ON : Texts.NOTIFICATIONS_OFF, Menu.MAIN);
            }
            default -> replies.text(overviewText(command, platform.overviews().of(org, contact.guestId(),
                    PURCHASES)), Menu.MAIN);
        }
    }

    private void advertising(long guestId, boolean granted) {
        platform.guests().update(platform.organizationId(), guestId, new GuestProfile(null, null, null, null, null,
                null, null, null, List.of(new ConsentChange(ConsentType.ADVERTISING, granted, Platform.CHANNEL)),
                null, null), Registration.ACTOR);
    }

    private String overviewText(String command, GuestOverview o) {
        return switch (command) {
            case Menu.BALANCE -> balance(o);
            case Menu.EXPIRING -> expiring(o);
            case Menu.LEVEL -> level(o);
            default -> purchases(o);
        };
    }

    static String balance(GuestOverview o) {
        StringBuilder text = new StringBuilder(String.format(Texts.BALANCE,
                Formats.pointsWithNoun(o.bonusAvailable())));
        if (o.bonusPending() > 0) {
            text.append(String.format(Texts.BALANCE_PENDING, Formats.pointsWithNoun(o.bonusPending())));
        }
        if (o.deposit() > 0) {
            text.append(String.format(Texts.BALANCE_DEPOSIT, Formats.money(o.deposit())));
        }
        return text.toString();
    }

    private String expiring(GuestOverview o) {
        if (o.expiring().isEmpty()) {
            return Texts.NOTHING_EXPIRES;
        }
        StringBuilder text = new StringBuilder(Texts.EXPIRING_HEAD);
        o.expiring().forEach(e -> text.append(String.format(Texts.EXPIRING_LINE, Formats.date(e.at(), zone),
                Formats.pointsWithNoun(e.amount()))));
        return text.toString();
    }

    static String level(GuestOverview o) {
        if (o.tier() == null) {
            return Texts.NO_LEVELS;
        }
        String text = String.format(Texts.LEVEL, o.tier());
        return text + (o.nextTier() == null ? Texts.LEVEL_TOP
                : String.format(Texts.LEVEL_NEXT, o.nextTier(), Formats.money(o.remainingToNext())));
    }

    private String purchases(GuestOverview o) {
        if (o.lastPurchases().isEmpty()) {
            return Texts.NO_PURCHASES;
        }
        StringBuilder text = new StringBuilder(Texts.PURCHASES_HEAD);
        for (GuestOverview.Purchase p : o.lastPurchases()) {
            text.append(String.format(Texts.PURCHASE_LINE, Formats.date(p.at(), zone), p.venueName(),
                    Formats.money(p.sum())));
            if (p.accrued() > 0) {
                text.append(String.format(Texts.PURCHASE_ACCRUED, Formats.pointsWithNoun(p.accrued())));
            }
            if (p.redeemed() > 0) {
                text.append(String.format(Texts.PURCHASE_REDEEMED, Formats.points(p.redeemed())));
            }
        }
        return text.toString();
    }
}
