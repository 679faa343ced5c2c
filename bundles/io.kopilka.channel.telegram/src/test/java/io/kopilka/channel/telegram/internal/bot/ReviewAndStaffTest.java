package io.kopilka.channel.telegram.internal.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reviews from the purchase notice's buttons, and the owners' commands. */
class ReviewAndStaffTest {

    private static final long ANNA = 5551;
    private static final long OWNERS = -1001234567890L;
    private final BotHarness bot = new BotHarness();

    @Test
    void aScoreAndThenWordsMakeAReviewAndAThankYou() {
        long guest = bot.register(ANNA, "+79161234567");
        bot.reviews.receiptGuest.put(77L, guest);
        bot.press(ANNA, "review:77:4");
        assertEquals(4, bot.reviews.reviews.get(77L).score());
        assertEquals(String.format(Texts.RATED, 4), bot.answers.get(bot.answers.size() - 1)[1]);
        assertEquals(Texts.ASK_REVIEW_GOOD, bot.lastTo(ANNA).text());
        bot.text(ANNA, "  Очень вкусный борщ  ");
        assertEquals("Очень вкусный борщ", bot.reviews.reviews.get(77L).text());
        assertEquals("Спасибо за отзыв, Анна Смирнова! Оценка: 4.", bot.lastTo(ANNA).text());
        bot.text(ANNA, "ещё текст");
        assertEquals(Texts.HELP, bot.lastTo(ANNA).text(), "only the next text is the review's");
        assertEquals("Очень вкусный борщ", bot.reviews.reviews.get(77L).text());
    }

    @Test
    void aLowScoreAsksWhatWentWrong() {
        long guest = bot.register(ANNA, "+79161234567");
        bot.reviews.receiptGuest.put(78L, guest);
        bot.press(ANNA, "review:78:2");
        assertEquals(Texts.ASK_REVIEW_BAD, bot.lastTo(ANNA).text());
    }

    @Test
    void someoneElsesReceiptOrAForgedScoreIsRefused() {
        bot.register(ANNA, "+79161234567");
        bot.reviews.receiptGuest.put(79L, 12345L);
        bot.press(ANNA, "review:79:5");
        assertEquals(Texts.REVIEW_NOT_YOURS, bot.answers.get(bot.answers.size() - 1)[1]);
        bot.press(ANNA, "review:79:9");
        bot.press(ANNA, "review:x:5");
        assertTrue(bot.reviews.reviews.isEmpty());
        bot.press(8888, "review:79:5");
        assertEquals(Texts.NOT_REGISTERED, bot.answers.get(bot.answers.size() - 1)[1]);
    }

    @Test
    void anOwnerChatJoinsByCodeAndAsksForReports() {
        bot.staffChats.codes.put("AB12CD34", -1L);
        bot.groupText(OWNERS, 1, "/report");
        assertEquals(Texts.REPORT_ONLY_STAFF, bot.lastTo(OWNERS).text());
        bot.groupText(OWNERS, 1, "/alerts@kopilka_bot WRONG");
        assertEquals(Texts.ALERTS_BAD_CODE, bot.lastTo(OWNERS).text());
        bot.groupText(OWNERS, 1, "/alerts AB12CD34");
        assertEquals(Texts.ALERTS_JOINED_ALL + Texts.ALERTS_SHIFT_REPORTS, bot.lastTo(OWNERS).text());
        bot.groupText(OWNERS, 1, "/report 2026-11-20 1002");
        assertEquals("Report venue 2 2026-11-20", bot.lastTo(OWNERS).text());
        bot.groupText(OWNERS, 1, "/report");
        assertEquals("Report all 2026-11-23", bot.lastTo(OWNERS).text(), "today in the venue's zone, all venues");
        bot.groupText(OWNERS, 1, "/report 2026-02-30");
        assertEquals(Texts.REPORT_USAGE, bot.lastTo(OWNERS).text());
        bot.groupText(OWNERS, 1, "/report 9999");
        assertEquals(String.format(Texts.REPORT_UNKNOWN_VENUE, "9999"), bot.lastTo(OWNERS).text());
    }

    @Test
    void aVenueChatGetsItsOwnVenueOnly() {
        bot.staffChats.codes.put("VENUE1", 1L);
        bot.groupText(OWNERS, 1, "/alerts VENUE1");
        assertEquals(String.format(Texts.ALERTS_JOINED_VENUE, "Demo Bistro") + Texts.ALERTS_SHIFT_REPORTS,
                bot.lastTo(OWNERS).text());
        bot.groupText(OWNERS, 1, "/report 1002");
        assertEquals(Texts.REPORT_OTHER_VENUE, bot.lastTo(OWNERS).text());
        bot.groupText(OWNERS, 1, "/report");
        assertEquals("Report venue 1 2026-11-23", bot.lastTo(OWNERS).text());
    }

    @Test
    void groupsHearNothingButStaffCommands() {
        bot.groupText(OWNERS, 1, "/start");
        bot.groupText(OWNERS, 1, "всем привет");
        bot.groupText(OWNERS, 1, Texts.BUTTON_BALANCE);
        assertNull(bot.lastTo(OWNERS));
    }

    @Test
    void withoutTheAlertsServiceTheBotSaysSo() {
        bot.alertsInstalled = false;
        bot.groupText(OWNERS, 1, "/alerts AB12CD34");
        assertEquals(Texts.ALERTS_OFF, bot.lastTo(OWNERS).text());
        bot.groupText(OWNERS, 1, "/report");
        assertEquals(Texts.ALERTS_OFF, bot.lastTo(OWNERS).text());
    }
}
