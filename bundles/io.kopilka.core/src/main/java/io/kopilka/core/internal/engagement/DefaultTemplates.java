package io.kopilka.core.internal.engagement;

import java.util.Map;

import io.kopilka.api.messaging.TemplateKind;

/** Kopilka's own texts of the guest notices, used until an organization writes its own. */
final class DefaultTemplates {

    private static final Map<TemplateKind, String> TEXTS = Map.of(
            TemplateKind.WELCOME, "{name}, добро пожаловать в программу лояльности! Ваша карта {card}, "
                    + "на счёте {balance} бонусов.",
            TemplateKind.PURCHASE, "{name}, спасибо за покупку в «{venue}» на {amount} ₽! Начислено {accrued} "
                    + "бонусов, списано {redeemed}. Баланс: {balance}. Оцените, пожалуйста, визит:",
            TemplateKind.EXPIRING_SOON, "{name}, {expiring} бонусов сгорят {expiry}. Успейте потратить! "
                    + "Баланс: {balance}.",
            TemplateKind.REVIEW_THANKS, "{name}, спасибо за отзыв! Ваша оценка: {score}.");

    private DefaultTemplates() {
    }

    static String text(TemplateKind kind) {
        return TEXTS.get(kind);
    }
}
