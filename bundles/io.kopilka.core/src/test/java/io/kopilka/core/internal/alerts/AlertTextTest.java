package io.kopilka.core.internal.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.kopilka.api.pos.PosEvent;
import org.junit.jupiter.api.Test;

/** Alert texts of the main kinds, as r_keeper's events fill them, and money to the kopeck. */
class AlertTextTest {

    private final AlertText text = new AlertText(AlertDispatchTest.MOSCOW);
    private final Instant at = Instant.parse("2026-11-23T11:05:00Z");

    private static Map<String, String> order(String... more) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("restCode", "1001");
        d.put("station", "5");
        d.put("stationName", "Касса бара");
        d.put("employeeCode", "17");
        d.put("employeeName", "Анна Петрова");
        d.put("order", "{A1B2}");
        d.put("visit", "12");
        d.put("orderIdent", "3");
        d.put("table", "7");
        for (int i = 0; i < more.length; i += 2) {
            d.put(more[i], more[i + 1]);
        }
        return d;
    }

    private static PosEvent event(String kind, long amount, Map<String, String> details, Instant at) {
        return new PosEvent("rkeeper", 1, 2, null, kind, "k", at, details.get("employeeName"), details.get("order"),
                null, amount, details);
    }

    @Test
    void writesMoneyExactlyFromMinorUnits() {
        assertEquals("1 234,50 ₽", Money.rub(123_450));
        assertEquals("0,05 ₽", Money.rub(5));
        assertEquals("0,00 ₽", Money.rub(0));
        assertEquals("999,99 ₽", Money.rub(99_999));
        assertEquals("1 000,00 ₽", Money.rub(100_000));
        assertEquals("-12 345 678,90 ₽", Money.rub(-1_234_567_890));
        assertEquals("92 233 720 368 547 758,07", Money.amount(Long.MAX_VALUE));
        assertEquals("-92 233 720 368 547 758,08", Money.amount(Long.MIN_VALUE));
    }

    @Test
    void aSavedDishDeletedNamesVenueStationEmployeeOrderDishAndAmount() {
        PosEvent e = event("DISH_REMOVED_SAVED", 1_298_00, order("lines", "Стейк рибай ×1 = 1298.00"), at);
        assertEquals("""
                🔴 Удаление сохранённого блюда
                Бар Пятница, 23.11.2026 14:05
                Станция: Касса бара (5)
                Сотрудник: Анна Петрова
                Заказ: 12/3, стол 7
                Блюда: Стейк рибай ×1 = 1 298,00 ₽
                Сумма: 1 298,00 ₽""", text.render(e, "Бар Пятница"));
    }

    @Test
    void aDeletedReceiptListsItsDishes() {
        PosEvent e = event("RECEIPT_DELETED", 1_795_50,
                order("lines", "Борщ ×2 = 596.00; Хлеб ×0.5 = 0.50; Вино ×1 = 1199.00"), at);
        assertEquals("""
                🔴 Удаление чека
                Бар Пятница, 23.11.2026 14:05
                Станция: Касса бара (5)
                Сотрудник: Анна Петрова
                Заказ: 12/3, стол 7
                Блюда:
                • Борщ ×2 = 596,00 ₽
                • Хлеб ×0.5 = 0,50 ₽
                • Вино ×1 = 1 199,00 ₽
                Сумма: 1 795,50 ₽""", text.render(e, "Бар Пятница"));
    }

    @Test
    void aDiscountRemovedCallsItsLinesDiscounts() {
        PosEvent e = event("DISCOUNT_REMOVED", 150_00, order("lines", "Скидка 10% = 150.00"), at);
        assertEquals("""
                🔴 Удаление скидки из заказа
                Бар Пятница, 23.11.2026 14:05
                Станция: Касса бара (5)
                Сотрудник: Анна Петрова
                Заказ: 12/3, стол 7
                Скидки: Скидка 10% = 150,00 ₽
                Сумма: 150,00 ₽""", text.render(e, "Бар Пятница"));
    }

    @Test
    void aConnectionLostNamesOnlyTheVenueAndTime() {
        PosEvent e = event("CONNECTION_LOST", 0, Map.of("restCode", "1001", "detail", "nothing heard since ..."),
                at);
        assertEquals("⚠️ Потеря связи с рестораном\nКафе, 23.11.2026 14:05", text.render(e, "Кафе"));
    }

    @Test
    void aPluginsOwnKindAndUnreadableLinesStillMakeAnAlert() {
        PosEvent e = new PosEvent("iiko", 1, 2, null, "TABLE_MOVED", "k", at, null, "order-9", "R-77", 0,
                Map.of("lines", "Стол 5 → стол 8", "station", "2"));
        assertEquals("ℹ️ Событие кассы TABLE_MOVED\nКафе, 23.11.2026 14:05\nСтанция: 2\nЗаказ: order-9\n"
                + "Чек: R-77\nБлюда: Стол 5 → стол 8", text.render(e, "Кафе"));
    }
}
