package io.kopilka.core.internal.alerts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each POS event kind is called in an alert, in Russian as ProAlert names them, with a mark of how much it
 * matters: 🔴 money or goods may be lost (deletions, cancellations, discounts removed), ⚠️ the restaurant or a till
 * went quiet, 🟢 back to normal, ℹ️ the rest. A kind no plugin told Kopilka about keeps its constant name.
 */
final class AlertTitles {

    private static final String ALARM = "🔴";
    private static final String WARNING = "⚠️";
    private static final String GOOD = "🟢";
    private static final String INFO = "ℹ️";

    private static final Map<String, String> TITLES = new LinkedHashMap<>();

    static {
        title("PRECHECK_CANCELLED", ALARM, "Отмена пречека");
        title("RECEIPT_ANNULLED", ALARM, "Аннулирование чека");
        title("RECEIPT_DELETED", ALARM, "Удаление чека");
        title("DISH_MOVED_IN", INFO, "Перенос блюда в заказ");
        title("DISH_MOVED_OUT", INFO, "Перенос блюда из заказа");
        title("DISH_REMOVED_UNSAVED", ALARM, "Удаление несохранённого блюда");
        title("DISH_REMOVED_SAVED", ALARM, "Удаление сохранённого блюда");
        title("CASH_PROGRAM_STARTED", INFO, "Включение кассовой программы");
        title("CASH_PROGRAM_STOPPED", WARNING, "Отключение кассовой программы");
        title("CONNECTION_LOST", WARNING, "Потеря связи с рестораном");
        title("CONNECTION_RESTORED", GOOD, "Восстановление связи с рестораном");
        title("RECEIPT_CLOSED", INFO, "Закрытие чека");
        title("ORDER_SAVED", INFO, "Сохранён заказ");
        title("ORDER_QUIT_WITHOUT_SAVING", INFO, "Выход из заказа без сохранения");
        title("PRECHECK_PRINTED", INFO, "Печать пречека");
        title("SHIFT_CLOSED", INFO, "Закрытие общей смены");
        title("CASHIER_LOGIN", INFO, "Регистрация сотрудника на кассе");
        title("CASHIER_LOGOUT", INFO, "Выход сотрудника из кассы");
        title("DISCOUNT_REMOVED", ALARM, "Удаление скидки из заказа");
        title("DISCOUNT_ADDED", INFO, "Добавление скидки в заказ");
        title("LOYALTY_DISCOUNT_ADDED", INFO, "Добавление скидки системы лояльности");
        title("LOYALTY_DISCOUNT_REMOVED", ALARM, "Удаление скидки системы лояльности");
        title("CASH_SERVER_STARTED", INFO, "Запуск кассового сервера");
        title("NEW_ORDER", INFO, "Новый заказ");
        title("ORDER_OPENED", INFO, "Заказ открыт");
        title("ORDER_CHANGED", INFO, "Заказ изменён");
        title("ORDER_RECALCULATED", INFO, "Пересчёт заказа");
        title("DISH_ADDED_UNSAVED", INFO, "Добавлены блюда (не сохранены)");
        title("DISH_ADDED_SAVED", INFO, "Добавлены блюда");
        title("UNRECOGNIZED", INFO, "Нераспознанное событие кассы");
    }

    private AlertTitles() {
    }

    private static void title(String kind, String mark, String title) {
        TITLES.put(kind, mark + " " + title);
    }

    /** The kind's title with its mark; {@code ℹ️ Событие кассы KIND} for a kind not in the table. */
    static String of(String kind) {
        return TITLES.getOrDefault(kind, INFO + " Событие кассы " + kind);
    }

    /** Every kind with a title, ProAlert's 22 first in ProAlert's order. */
    static Map<String, String> all() {
        return Collections.unmodifiableMap(TITLES);
    }
}
