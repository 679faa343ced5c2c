package io.kopilka.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import io.kopilka.itests.Http.Reply;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Receipt processing over the generic POS protocol in the real distribution, with the real bonus and tiers mechanics:
 * calculate, commit and its replay, partial refund arithmetic, cancel, concurrent commits on one guest, and a
 * mechanic's feature uninstalled and installed again at runtime.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProcessingIT extends KopilkaTestSupport {

    private static final String LADDER = "{\"mechanic\":\"tiers\",\"name\":\"Ladder\",\"priority\":20,\"parameters\":"
            + "{\"levels\":[{\"name\":\"Standard\",\"threshold\":0,\"discountPercent\":3},"
            + "{\"name\":\"Gold\",\"threshold\":10000,\"discountPercent\":5,\"bonusPercent\":7}]}}";
    private static final String BONUS = "{\"mechanic\":\"bonus\",\"name\":\"Bonus 5%\",\"priority\":10,\"parameters\":"
            + "{\"percent\":5,\"maxShare\":[{\"percent\":50}],\"expiry\":\"AFTER_ACCRUAL\",\"expiryDays\":180}}";

    private static boolean programsCreated;

    @Inject
    private FeaturesService features;

    private Http http;
    private Credentials creds;

    @Before
    public void ready() throws Exception {
        http = http();
        creds = credentials();
        http.await("/programs", creds.admin(), 200, Duration.ofSeconds(60));
        http.await("/mechanics", creds.admin(), 200, Duration.ofSeconds(60));
        if (!programsCreated) {
            assertEquals(201, http.post("/programs", creds.admin(), LADDER).status());
            assertEquals(201, http.post("/programs", creds.admin(), BONUS).status());
            programsCreated = true;
        }
    }

    private static String receipt(String id, String card, String redemption) {
        return "{\"receiptId\":\"" + id + "\",\"time\":\"2026-11-23T10:00:00Z\",\"cashier\":\"Anna\","
                + (card == null ? "" : "\"identifier\":\"" + card + "\",")
                + "\"lines\":[{\"lineId\":\"L1\",\"sku\":\"soup\",\"name\":\"Soup\",\"groups\":[\"food\"],"
                + "\"quantity\":2,\"price\":300.00,\"amount\":600.00},"
                + "{\"lineId\":\"L2\",\"sku\":\"tea\",\"name\":\"Tea\",\"groups\":[\"drinks\"],\"quantity\":1,"
                + "\"price\":400.00,\"amount\":400.00}],\"payments\":[{\"method\":\"card\",\"amount\":515.00}]"
                + (redemption == null ? "" : ",\"redemption\":" + redemption) + "}";
    }

    private String bonus(String card) {
        long guest = http.get("/guests/lookup?identifier=" + card, creds.admin()).json().get("guest").get("id")
                .asLong();
        return http.get("/guests/" + guest + "/accounts", creds.admin()).json().get(0).get("balance").decimalValue()
                .toPlainString();
    }

    private static String dec(JsonNode n, String field) {
        return n.get(field).decimalValue().toPlainString();
    }

    @Test
    public void calculateCommitRefundAndCancelToTheKopeck() {
        String till = creds.terminal(1);
        Reply calc = http.post("/pos/calculate", till, receipt("p-1", "1000002", "{\"maximum\":true}"));
        assertEquals(calc.toString(), 200, calc.status());
        JsonNode c = calc.json();
        assertEquals("1000.00", dec(c, "total"));
        assertEquals("30.00", dec(c, "discount"));
        assertEquals("18.00", dec(c.get("lines").get(0), "discount"));
        assertEquals("485.00", dec(c, "redemptionMax"));
        assertEquals("485.00", dec(c, "redemption"));
        assertEquals("24.25", dec(c, "accrual"));
        assertEquals("Standard", c.get("tier").get("name").asText());
        assertEquals("10000.00", dec(c.get("tier"), "remainingToNext"));
        assertEquals("calculate changed nothing", "1200.00", bonus("1000002"));

        Reply commit = http.post("/pos/commit", till, receipt("p-1", "1000002", "{\"maximum\":true}"));
        assertEquals(commit.toString(), 201, commit.status());
        assertEquals("739.25", bonus("1000002"));
        Reply replay = http.post("/pos/commit", till, receipt("p-1", "1000002", "{\"maximum\":true}"));
        assertEquals(200, replay.status());
        assertTrue(replay.json().get("replayed").asBoolean());
        assertEquals(commit.json().get("receiptKey"), replay.json().get("receiptKey"));
        assertEquals(409, http.post("/pos/commit", till, receipt("p-1", "1000002", "{\"amount\":1}")).status());
        assertEquals("739.25", bonus("1000002"));

        String refund = "{\"refundId\":\"rf-1\",\"receiptId\":\"p-1\",\"lines\":[{\"lineId\":\"L1\",\"amount\":582.00}]}";
        Reply part = http.post("/pos/refund", till, refund);
        assertEquals(part.toString(), 200, part.status());
        assertEquals("291.00", dec(part.json(), "pointsReturned"));
        assertEquals("14.55", dec(part.json(), "pointsClawedBack"));
        assertEquals("1015.70", bonus("1000002"));
        assertTrue(http.post("/pos/refund", till, refund).json().get("replayed").asBoolean());
        Reply over = http.post("/pos/refund", till,
                "{\"refundId\":\"rf-2\",\"receiptId\":\"p-1\",\"lines\":[{\"lineId\":\"L1\",\"amount\":0.01}]}");
        assertEquals(409, over.status());
        assertEquals("lines[0].amount", over.problemField());

        Reply cancel = http.post("/pos/cancel", creds.terminal(2), "{\"receiptId\":\"p-1\",\"reason\":\"deleted\"}");
        assertEquals(cancel.toString(), 200, cancel.status());
        assertEquals("194.00", dec(cancel.json(), "pointsReturned"));
        assertEquals("back to the kopeck", "1200.00", bonus("1000002"));
        assertTrue(http.get("/ledger/check", creds.admin()).json().get("problems").isEmpty());
    }

    @Test
    public void posCallsAreForTerminalsAndBadReceiptsAreRefused() {
        assertEquals(403, http.post("/pos/calculate", creds.admin(), receipt("x", null, null)).status());
        Reply unknownCard = http.post("/pos/calculate", creds.terminal(1), receipt("x", "424242", null));
        assertEquals(404, unknownCard.status());
        assertEquals("identifier", unknownCard.problemField());
        assertEquals(409, http.post("/pos/calculate", creds.terminal(1), receipt("x", "1000050", null)).status());
        Reply bad = http.post("/pos/calculate", creds.terminal(1), receipt("x", null, null).replace("600.00", "6.001"));
        assertEquals(400, bad.status());
        assertEquals("lines[0].amount", bad.problemField());
        Reply badProgram = http.post("/programs", creds.admin(), LADDER.replace("10000", "10000.001"));
        assertEquals(400, badProgram.status());
        assertEquals("parameters.levels[1].threshold", badProgram.problemField());
        Reply anonymous = http.post("/pos/commit", creds.terminal(1), receipt("anon-1", null, null));
        assertEquals(201, anonymous.status());
        assertEquals("1000.00", dec(anonymous.json().get("calculation"), "toPay"));
    }

    @Test
    public void theTillCallsAnswerBadRequestsWithProblemsLikeTheRestOfTheApi() {
        String till = creds.terminal(1);
        Reply noToken = http.post("/pos/calculate", null, receipt("t-1", null, null));
        assertEquals(401, noToken.status());
        assertEquals("application/problem+json", noToken.contentType());
        assertEquals("unauthorized", noToken.json().get("code").asText());
        assertEquals(401, http.get("/guests/lookup?identifier=1000001", "no-such-token").status());
        Reply get = http.get("/pos/commit", till);
        assertEquals(405, get.status());
        assertEquals("http-405", get.json().get("code").asText());
        Reply text = http.send("POST", "/pos/calculate", till, "text/plain", receipt("t-1", null, null));
        assertEquals(415, text.status());
        Reply empty = http.send("POST", "/pos/commit", till, "application/json", "");
        assertEquals(400, empty.status());
        assertEquals("a JSON body is required", empty.json().get("detail").asText());
        Reply malformed = http.post("/pos/calculate", till, "{\"receiptId\":");
        assertEquals(400, malformed.status());
        assertEquals("malformed-json", malformed.json().get("code").asText());
        Reply unknown = http.post("/pos/commit", till, receipt("t-1", null, null).replace("\"cashier\"", "\"clerk\""));
        assertEquals(400, unknown.status());
        assertEquals("clerk", unknown.problemField());
        Reply noIdentifier = http.get("/guests/lookup", till);
        assertEquals(400, noIdentifier.status());
        assertEquals("identifier", noIdentifier.problemField());
        Reply nobody = http.get("/guests/lookup?identifier=424242", till);
        assertEquals(404, nobody.status());
        assertEquals("identifier", nobody.problemField());
        Reply charset = http.send("POST", "/pos/calculate", till, "application/json; charset=utf-8",
                receipt("t-1", "1000001", null));
        assertEquals(charset.toString(), 200, charset.status());
        assertEquals("application/json", charset.contentType());
        assertEquals("Анна Иванова", charset.json().get("guest").get("name").asText());
    }

    @Test
    public void twoTerminalsCommittingOnOneGuestCannotOverspend() throws Exception {
        String card = "1000004";
        long guest = http.get("/guests/lookup?identifier=" + card, creds.admin()).json().get("guest").get("id")
                .asLong();
        http.post("/guests/" + guest + "/operations", creds.admin(),
                "{\"idempotencyKey\":\"fund-conc\",\"type\":\"ACCRUE\",\"amount\":1000}");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String token = creds.terminal(1 + i % 2);
            String id = "conc-" + i;
            statuses.add(pool.submit(() -> {
                start.await();
                return http.post("/pos/commit", token, receipt(id, card, "{\"amount\":300}")).status();
            }));
        }
        start.countDown();
        int booked = 0;
        for (Future<Integer> s : statuses) {
            int status = s.get(120, TimeUnit.SECONDS);
            assertTrue("status " + status, status == 201 || status == 409);
            booked += status == 201 ? 1 : 0;
        }
        pool.shutdown();
        assertTrue("some commits win, the balance is never overspent: " + booked, booked >= 3);
        assertTrue(bonus(card).compareTo("0") >= 0);
        assertTrue(http.get("/ledger/check", creds.admin()).json().get("problems").isEmpty());
    }

    @Test
    public void aMechanicFeatureComesAndGoesAtRuntime() throws Exception {
        features.uninstallFeature("kopilka-mechanic-bonus", EnumSet.noneOf(FeaturesService.Option.class));
        awaitProgramStatus("Bonus 5%", "MECHANIC_MISSING");
        Reply without = http.post("/pos/calculate", creds.terminal(1), receipt("rt-1", "1000001", null));
        assertEquals(without.toString(), 200, without.status());
        assertEquals("0.00", dec(without.json(), "accrual"));
        assertEquals("30.00", dec(without.json(), "discount"));

        features.installFeature("kopilka-mechanic-bonus", EnumSet.noneOf(FeaturesService.Option.class));
        awaitProgramStatus("Bonus 5%", "ACTIVE");
        Reply with = http.post("/pos/calculate", creds.terminal(1), receipt("rt-2", "1000001", null));
        assertEquals("48.50", dec(with.json(), "accrual"));
    }

    @Test
    public void theTemplatePosPluginInstallsAtRuntimeAndBooksThroughTheCore() throws Exception {
        features.installFeature("kopilka-pos-example", EnumSet.noneOf(FeaturesService.Option.class));
        String check = "{\"checkId\":\"ex-1\",\"cashier\":\"Anna\",\"card\":\"1000003\",\"items\":"
                + "[{\"code\":\"soup\",\"name\":\"Soup\",\"group\":\"food\",\"qty\":2,\"sum\":600.00}]}";
        Http plugin = new Http(Integer.getInteger(PORT_PROPERTY), "/api");
        Reply calc = plugin.post("/pos-example/1001/9/calculate", creds.application(), check);
        for (int i = 0; i < 240 && calc.status() == 404; i++) {
            Thread.sleep(250);
            calc = plugin.post("/pos-example/1001/9/calculate", creds.application(), check);
        }
        assertEquals(calc.toString(), 200, calc.status());
        assertEquals("18.00", dec(calc.json(), "discount"));
        Reply close = plugin.post("/pos-example/1001/9/close", creds.application(), check);
        assertEquals(close.toString(), 200, close.status());
        assertEquals(403, plugin.post("/pos-example/1001/9/close", creds.terminal(1), check).status());
        assertEquals("venueCode", plugin.post("/pos-example/4040/9/close", creds.application(), check).problemField());
        features.uninstallFeature("kopilka-pos-example", EnumSet.noneOf(FeaturesService.Option.class));
    }

    private void awaitProgramStatus(String name, String status) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            for (JsonNode p : http.get("/programs", creds.admin()).json()) {
                if (p.get("definition").get("name").asText().equals(name)
                        && p.get("status").asText().equals(status)) {
                    return;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " never became " + status);
    }
}
