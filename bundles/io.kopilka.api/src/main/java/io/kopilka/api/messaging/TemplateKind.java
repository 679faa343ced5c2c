package io.kopilka.api.messaging;

import java.util.List;

/** The guest notices Kopilka sends by itself, each with its own editable template and the placeholders it knows. */
public enum TemplateKind {
    /** After a guest registers through a channel: {name}, {card}, {balance}. */
    WELCOME(List.of("name", "card", "balance")),
    /** After a purchase: {name}, {amount} (the receipt's sum), {accrued}, {redeemed}, {balance}, {venue}. */
    PURCHASE(List.of("name", "amount", "accrued", "redeemed", "balance", "venue")),
    /** Points about to expire: {name}, {expiring} (points), {expiry} (date), {balance}. */
    EXPIRING_SOON(List.of("name", "expiring", "expiry", "balance")),
    /** Thanks for a review: {name}, {score}. */
    REVIEW_THANKS(List.of("name", "score"));

    private final List<String> placeholders;

    TemplateKind(List<String> placeholders) {
        this.placeholders = placeholders;
    }

    /** The names a template of this kind may use in braces. */
    public List<String> placeholders() {
        return placeholders;
    }
}
