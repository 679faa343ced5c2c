package io.kopilka.channel.telegram.internal.bot;

/**
 * Every text the bot writes by itself, in Russian, in one place. (The welcome, purchase and review-thanks notices are
 * the organization's editable templates, not here.)
 */
final class Texts {

    static final String BUTTON_SHARE_PHONE = "📱 Поделиться номером";
    static final String BUTTON_CARD = "💳 Карта";
    static final String BUTTON_BALANCE = "💰 Баланс";
    static final String BUTTON_EXPIRING = "⏳ Сгорание";
    static final String BUTTON_LEVEL = "⭐ Уровень";
    static final String BUTTON_PURCHASES = "🧾 Покупки";
    static final String BUTTON_CONSENT_ALL = "✅ Согласен, присылайте акции";
    static final String BUTTON_CONSENT_DATA = "✅ Согласен, без рекламы";
    static final String BUTTON_CONSENT_NONE = "Не согласен";

    static final String ASK_PHONE = "Здравствуйте! Это бот программы лояльности: виртуальная карта, бонусы, "
            + "уровень и история покупок.\n\nЧтобы получить карту, поделитесь номером телефона кнопкой внизу.";
    static final String NOT_OWN_CONTACT = "Пожалуйста, отправьте свой номер кнопкой «" + BUTTON_SHARE_PHONE
            + "» — чужой контакт не подойдёт.";
    static final String BAD_PHONE = "Не удалось распознать номер телефона. Попробуйте ещё раз кнопкой «"
            + BUTTON_SHARE_PHONE + "».";
    static final String PHONE_BLOCKED = "Этот номер заблокирован в программе лояльности. Обратитесь, пожалуйста, "
            + "к администратору заведения.";
    static final String CONSENT_QUESTION = "Номер %s ещё не зарегистрирован в программе.\n\nЧтобы выпустить карту, "
            + "нужно ваше согласие на обработку персональных данных (имя и телефон) для участия в программе "
            + "лояльности.\n\nХотите также получать новости и акции? Передумать можно в любой момент: /unsubscribe "
            + "или /subscribe.";
    static final String PRIVACY_POLICY = "\n\nПолитика обработки персональных данных: %s";
    static final String CONSENT_REFUSED = "Без согласия на обработку персональных данных мы не можем выпустить "
            + "карту. Если передумаете, снова отправьте /start.";
    static final String CONSENT_EXPIRED = "Время на ответ истекло. Отправьте /start и поделитесь номером ещё раз.";
    static final String CONSENT_RECORDED = "Согласие получено";

    static final String CARD_CAPTION = "Ваша карта № %s\nПокажите QR-код или штрихкод на кассе.\nБаланс: %s";
    static final String BALANCE = "Баланс: %s";
    static final String BALANCE_PENDING = "\nЕщё %s станут доступны позже.";
    static final String BALANCE_DEPOSIT = "\nДепозит: %s";
    static final String NOTHING_EXPIRES = "Ближайшее время ничего не сгорает.";
    static final String EXPIRING_HEAD = "Сгорят, если не потратить:";
    static final String EXPIRING_LINE = "\n• %s — %s";
    static final String NO_LEVELS = "В программе нет уровней.";
    static final String LEVEL = "Ваш уровень: %s.";
    static final String LEVEL_NEXT = "\nДо уровня «%s» осталось потратить %s.";
    static final String LEVEL_TOP = "\nЭто высший уровень.";
    static final String NO_PURCHASES = "Покупок пока нет.";
    static final String PURCHASES_HEAD = "Последние покупки:";
    static final String PURCHASE_LINE = "\n• %s, %s: %s";
    static final String PURCHASE_ACCRUED = ", +%s";
    static final String PURCHASE_REDEEMED = ", оплачено бонусами %s";

    static final String NOT_REGISTERED = "Сначала получите карту: отправьте /start.";
    static final String UNSUBSCRIBED = "Вы отписались от рекламных рассылок. Уведомления о покупках и бонусах "
            + "по-прежнему приходят (отключить: /stop).";
    static final String SUBSCRIBED = "Вы подписались на новости и акции. Отписаться: /unsubscribe.";
    static final String NOTIFICATIONS_OFF = "Уведомления о покупках и бонусах отключены. Включить снова: /notify.";
    static final String NOTIFICATIONS_ON = "Уведомления о покупках и бонусах включены. Отключить: /stop.";

    static final String RATED = "Оценка %d принята";
    static final String ASK_REVIEW_GOOD = "Спасибо за оценку! Напишите в паре слов, что понравилось?";
    static final String ASK_REVIEW_BAD = "Спасибо за честную оценку. Расскажите, что пошло не так, — мы разберёмся.";
    static final String REVIEW_NOT_YOURS = "Не нашли этот чек среди ваших покупок.";
    static final String REVIEWS_OFF = "Отзывы сейчас не принимаются.";

    static final String ALERTS_USAGE = "Отправьте /alerts и код приглашения, например: /alerts AB12CD34";
    static final String ALERTS_JOINED_ALL = "Чат подключён к уведомлениям по всем заведениям.";
    static final String ALERTS_JOINED_VENUE = "Чат подключён к уведомлениям заведения «%s».";
    static final String ALERTS_SHIFT_REPORTS = "\nОтчёт придёт при закрытии смены; отчёт за день: /report";
    static final String ALERTS_BAD_CODE = "Код не найден, истёк или уже использован. Попросите новый у "
            + "администратора.";
    static final String ALERTS_OFF = "Уведомления для сотрудников не установлены на сервере.";
    static final String REPORT_ONLY_STAFF = "Отчёты доступны только в чатах сотрудников, подключённых командой "
            + "/alerts <код>.";
    static final String REPORT_USAGE = "Формат: /report [ГГГГ-ММ-ДД] [код заведения]";
    static final String REPORT_OTHER_VENUE = "Этот чат получает отчёты только своего заведения.";
    static final String REPORT_UNKNOWN_VENUE = "Заведение с кодом %s не найдено.";

    static final String HELP = "Что я умею:\n"
            + BUTTON_CARD + " — карта с QR-кодом для кассы\n"
            + BUTTON_BALANCE + " — бонусы на счёте\n"
            + BUTTON_EXPIRING + " — что и когда сгорит\n"
            + BUTTON_LEVEL + " — ваш уровень и сколько до следующего\n"
            + BUTTON_PURCHASES + " — последние покупки\n\n"
            + "/unsubscribe — не присылать рекламу, /subscribe — присылать\n"
            + "/stop — не присылать уведомления о покупках, /notify — присылать";
    static final String FAILED = "Не получилось выполнить запрос. Попробуйте, пожалуйста, позже.";

    private Texts() {
    }
}
