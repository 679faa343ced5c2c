package io.kopilka.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.vmOption;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import io.kopilka.api.alerts.StaffChats;
import io.kopilka.api.messaging.Outbox;
import io.kopilka.api.org.OrganizationService;
import io.kopilka.itests.Http.Reply;
import io.kopilka.itests.telegram.BotSetup;
import io.kopilka.itests.telegram.Codes;
import io.kopilka.itests.telegram.FakeBotApi;
import io.kopilka.itests.telegram.FakeBotApi.Sent;
import io.kopilka.itests.telegram.OutboxWatch;
import io.kopilka.itests.telegram.RkeeperShift;
import io.kopilka.itests.telegram.TelegramUser;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The Telegram bot in the real distribution against a local fake of the Bot API ({@link FakeBotApi}): a guest's whole
 * journey (register by phone with consents, the virtual card as QR code and barcode, the menu, a purchase's thank-you,
 * a review, unsubscribing); an owners' chat joining alerts and asking for reports; flood control and a restart of the
 * core that lose no message and send none twice. One container for all three, the restart last.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class TelegramIT extends KopilkaTestSupport {

    static final Duration T = Duration.ofSeconds(30);
    private static final String BONUS = "{\"mechanic\":\"bonus\",\"name\":\"Bonus 5%\",\"priority\":10,\"parameters\":"
            + "{\"percent\":5,\"expiry\":\"AFTER_ACCRUAL\",\"expiryDays\":30}}";
    private static final String LADDER = "{\"mechanic\":\"tiers\",\"name\":\"Ladder\",\"priority\":20,\"parameters\":"
            + "{\"levels\":[{\"name\":\"Standard\",\"threshold\":0,\"discountPercent\":3},"
            + "{\"name\":\"Gold\",\"threshold\":10000,\"discountPercent\":5}]}}";

    @Inject
    private FeaturesService features;

    @Inject
    private ConfigurationAdmin config;

    @Inject
    private BundleContext context;

    private static FakeBotApi telegram;
    private Http http;
    private Credentials creds;

    @Override
    @Configuration
    public Option[] config() throws IOException {
        return withFastFake(super.config());
    }

    /** The JDK's HTTP server answers without Nagle's 40 ms delay. */
    static Option[] withFastFake(Option[] base) {
        Option[] all = Arrays.copyOf(base, base.length + 1);
        all[base.length] = vmOption("-Dsun.net.httpserver.nodelay=true");
        return all;
    }

    @Before
    public void ready() throws Exception {
        http = http();
        creds = credentials();
        if (telegram == null) {
            telegram = BotSetup.startBot(features, config);
            http.await("/programs", creds.admin(), 200, T);
            assertEquals(201, http.post("/programs", creds.admin(), BONUS).status());
            assertEquals(201, http.post("/programs", creds.admin(), LADDER).status());
        }
    }

    @Test
    public void aGuestJoinsGetsTheCardBuysReviewsAndUnsubscribes() throws Exception {
        TelegramUser anna = new TelegramUser(telegram, 700_001, "Анна");
        anna.says("/start itest_poster");
        telegram.await(anna.id(), 0, Sent::asksForContact, T);
        anna.sharesContact("+79035550199", false);
        telegram.await(anna.id(), 1, s -> s.text().startsWith("Пожалуйста, отправьте свой номер"), T);
        anna.sharesContact("79035550101", true);
        telegram.await(anna.id(), 2, s -> s.buttons().contains("consent:all"), T);
        anna.presses("consent:all");
        Sent card = telegram.await(anna.id(), 3, s -> s.photo() != null, T);

        String number = Codes.read(card.photo(), "QR_CODE");
        assertEquals("the barcode says the same", number, Codes.read(card.photo(), "CODE_128"));
        assertTrue(card.text(), card.text().startsWith("Ваша карта № " + number));
        assertTrue(telegram.sentTo(anna.id()).stream().anyMatch(s -> s.text() != null
                && s.text().contains("добро пожаловать") && s.text().contains(number)));
        assertTrue(telegram.callbackAnswers.stream().anyMatch(a -> "Согласие получено".equals(a[1])));
        JsonNode guest = http.get("/guests/lookup?identifier=" + number, creds.admin()).json().get("guest");
        assertEquals("+79035550101", guest.get("phone").asText());
        assertEquals("Анна Тестова", guest.get("name").asText());
        assertEquals("telegram", guest.get("registrationChannel").asText());
        assertEquals("itest_poster", guest.path("source").asText());
        assertEquals("PERSONAL_DATA and ADVERTISING given in telegram", 2, BotSetup.consents(guest, true));

        Reply commit = http.post("/pos/commit", creds.terminal(1), BotSetup.receipt("tg-1", number));
        assertEquals(commit.toString(), 201, commit.status());
        long receiptKey = commit.json().get("receiptKey").asLong();
        String accrued = BotSetup.ru(commit.json().get("calculation").get("accrual").decimalValue());
        Sent thanks = telegram.await(anna.id(), 0, s -> s.buttons().contains("review:" + receiptKey + ":4"), T);
        assertTrue(thanks.text(), thanks.text().contains("спасибо за покупку") && thanks.text().contains(accrued));

        menu(anna, accrued);
        review(anna, receiptKey);

        int before = telegram.sentTo(anna.id()).size();
        anna.says("/unsubscribe");
        telegram.await(anna.id(), before, s -> s.text().startsWith("Вы отписались от рекламных рассылок"), T);
        JsonNode after = http.get("/guests/" + guest.get("id").asLong(), creds.admin()).json();
        assertEquals("ADVERTISING withdrawn in telegram", 1, BotSetup.consents(after, false));
    }

    @Test
    public void anOwnersChatJoinsAlertsGetsThemAndTheShiftReport() throws Exception {
        assertTrue("the owner alerts are installed", BotSetup.service(context, StaffChats.class, T) != null);
        features.installFeature("kopilka-pos-rkeeper", EnumSet.noneOf(FeaturesService.Option.class));
        Reply invitation = http.post("/alerts/invitations", creds.admin(), "{\"shiftReports\":true}");
        assertEquals(invitation.toString(), 201, invitation.status());
        TelegramUser owner = new TelegramUser(telegram, 900_001, "Владелец");
        long group = -1009000000001L;
        owner.saysIn(group, "/report");
        telegram.await(group, 0, s -> s.text().startsWith("Отчёты доступны только"), T);
        owner.saysIn(group, "/alerts@kopilka_bot " + invitation.json().get("code").asText());
        telegram.await(group, 1, s -> s.text().startsWith("Чат подключён к уведомлениям по всем заведениям."), T);
        owner.saysIn(group, "/report");
        telegram.await(group, 2, s -> s.text().contains("Выручка"), T);

        String key = http.post("/tokens", creds.admin(), "{\"kind\":\"APPLICATION\",\"name\":\"rk-alerts\"}")
                .json().get("secret").asText();
        RkeeperShift rkeeper = new RkeeperShift(Integer.getInteger(PORT_PROPERTY), key);
        int status = rkeeper.stationStarted(1, "2026-11-23T09:00:00", 1);
        for (int i = 0; i < 40 && status == 404; i++) {
            Thread.sleep(250);
            status = rkeeper.stationStarted(1, "2026-11-23T09:00:00", 1);
        }
        assertEquals(200, status);
        int alerts = telegram.sentTo(group).size();
        telegram.await(group, alerts, s -> s.text().contains("Demo Bistro"), T);
        assertEquals(200, rkeeper.stationStarted(2, "2026-11-24T09:00:00", 2));
        Sent report = telegram.await(group, alerts, s -> s.text().startsWith("📊 Закрытие общей смены"), T);
        assertTrue(report.text(), report.text().contains("Выручка"));
    }

    @Test
    public void floodControlAndACoreRestartLoseNothingAndSendNothingTwice() throws Exception {
        Outbox outbox = BotSetup.service(context, Outbox.class, T);
        long org = BotSetup.service(context, OrganizationService.class, T).organizations().get(0).id();
        telegram.flood(4, 2);
        List<Long> ids = OutboxWatch.enqueue(outbox, org, "flood", 6, 800_001, 800_002);
        OutboxWatch.assertDeliveredOnce(telegram, "flood", 6, OutboxWatch.awaitSent(outbox, org, ids, T));
        assertEquals("each 429 was answered", 4, telegram.floodAnswers.get());

        telegram.flood(3, 2);
        List<Long> more = OutboxWatch.enqueue(outbox, org, "restart", 4, 800_001, 800_002);
        Thread.sleep(1_500);
        Bundle core = Arrays.stream(context.getBundles())
                .filter(b -> "io.kopilka.core".equals(b.getSymbolicName())).findFirst().orElseThrow();
        core.stop();
        core.start();
        Outbox restarted = BotSetup.service(context, Outbox.class, T);
        OutboxWatch.assertDeliveredOnce(telegram, "restart", 4, OutboxWatch.awaitSent(restarted, org, more,
                Duration.ofSeconds(60)));
        assertEquals(7, telegram.floodAnswers.get());

        TelegramUser boris = new TelegramUser(telegram, 700_002, "Борис");
        boris.says("/start");
        telegram.await(boris.id(), 0, Sent::asksForContact, T);
    }

    private void menu(TelegramUser anna, String accrued) throws Exception {
        int at = telegram.sentTo(anna.id()).size();
        anna.says("💰 Баланс");
        Sent balance = telegram.await(anna.id(), at, s -> s.text().startsWith("Баланс: "), T);
        assertTrue(balance.text(), balance.text().startsWith("Баланс: " + accrued + " бонус"));
        long repeated = anna.says("⏳ Сгорание");
        Sent expiring = telegram.await(anna.id(), at, s -> s.text().startsWith("Сгорят, если не потратить:"), T);
        assertTrue(expiring.text(), expiring.text().matches("(?s).*\\d\\d\\.\\d\\d\\.20\\d\\d — " + accrued + " .*"));
        anna.says("⭐ Уровень");
        Sent level = telegram.await(anna.id(), at, s -> s.text().startsWith("Ваш уровень"), T);
        assertTrue(level.text(), level.text().startsWith("Ваш уровень: Standard.\nДо уровня «Gold» осталось"));
        anna.says("🧾 Покупки");
        Sent purchases = telegram.await(anna.id(), at, s -> s.text().startsWith("Последние покупки"), T);
        assertTrue(purchases.text(), purchases.text().contains("Demo Bistro") && purchases.text().contains(accrued));

        int settled = telegram.sentTo(anna.id()).size();
        telegram.redeliver(repeated);
        anna.says("/card");
        telegram.await(anna.id(), settled, s -> s.photo() != null, T);
        assertEquals("the redelivered update, polled before /card, got no answer", settled + 1,
                telegram.sentTo(anna.id()).size());
    }

    private void review(TelegramUser anna, long receiptKey) throws Exception {
        int at = telegram.sentTo(anna.id()).size();
        anna.presses("review:" + receiptKey + ":4");
        telegram.await(anna.id(), at, s -> s.text().startsWith("Спасибо за оценку!"), T);
        assertTrue(telegram.callbackAnswers.stream().anyMatch(a -> "Оценка 4 принята".equals(a[1])));
        anna.says("Борщ как у бабушки");
        telegram.await(anna.id(), at, s -> s.text().contains("спасибо за отзыв"), T);
        JsonNode reviews = http.get("/reviews", creds.admin()).json().get("items");
        assertEquals(reviews.toString(), 1, reviews.size());
        assertEquals(receiptKey, reviews.get(0).get("receiptKey").asLong());
        assertEquals(4, reviews.get(0).get("score").asInt());
        assertEquals("Борщ как у бабушки", reviews.get(0).get("text").asText());
    }

    @Test
    public void theWebhookTakesUpdatesWithTheSecretOnlyAndEachOnce() throws Exception {
        String secret = "it-webhook-secret-0123456789";
        BotSetup.useWebhook(config, telegram, "https://kopilka.example.ru/", secret);
        JsonNode registered = telegram.webhooks.get(0);
        assertEquals("https://kopilka.example.ru/api/ext/telegram/7001234567/webhook", registered.get("url").asText());
        assertEquals(secret, registered.get("secret_token").asText());

        int port = Integer.getInteger(PORT_PROPERTY);
        Http ext = new Http(port, "/api/ext/telegram/");
        String update = TelegramUser.update(50_001, 700_003, "/start");
        assertEquals(401, ext.send("POST", "7001234567/webhook", null, "application/json", update).status());
        assertEquals(404, ext.send("POST", "42/webhook", null, "application/json", update).status());
        assertEquals(403, BotSetup.webhook(port, "wrong-secret-0123456789", update));
        assertEquals(400, BotSetup.webhook(port, secret, "{\"message\":{\"text\":\"/start\"}}"));
        assertEquals(400, BotSetup.webhook(port, secret, "<xml/>"));
        assertEquals(200, BotSetup.webhook(port, secret, update));
        telegram.await(700_003, 0, Sent::asksForContact, T);
        assertEquals("Telegram sending it again", 200, BotSetup.webhook(port, secret, update));
        assertEquals(200, BotSetup.webhook(port, secret, TelegramUser.update(50_002, 700_003, "/help")));
        telegram.await(700_003, 1, s -> s.text().startsWith("Сначала получите карту"), T);
        assertEquals("the repeated /start got no second answer", 2, telegram.sentTo(700_003).size());
    }
}
