package io.kopilka.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import io.kopilka.api.pos.PosEvent;
import io.kopilka.api.pos.PosEvents;
import io.kopilka.itests.Http.Reply;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The r_keeper journey through the real distribution, in FarCards-HTTP's XML: the plugin's feature is installed at
 * runtime; a guest registered by phone gets a plastic card; at the till the card is read and the tier discount and
 * bonus come back; part of the bill is paid with points and bonus accrues; a retried TransactionsEx changes nothing;
 * the cancellation restores the balance; a blocked card and a wrong key are refused in the protocol.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RkeeperIT extends KopilkaTestSupport {

    private static final String CHECK = "<CHECK stationcode=\"3\" restaurantcode=\"1001\" chmode=\"%s\">"
            + "<CHECKDATA ordernum=\"115\" orderguid=\"{ORDER-1}\" checknum=\"77\" checkguid=\"{CHECK-1}\">"
            + "<CHECKLINES count=\"2\"><LINE uni=\"1\" name=\"Borsch\" type=\"dish\" code=\"101\" quantity=\"2\" "
            + "price=\"350.00\" sum=\"700.00\"/><LINE uni=\"2\" name=\"Mors\" type=\"dish\" code=\"205\" "
            + "quantity=\"1\" price=\"300.00\" sum=\"300.00\"/></CHECKLINES></CHECKDATA></CHECK>";

    @Inject
    private FeaturesService features;

    @Inject
    private PosEvents posEvents;

    private static final String STATION_STARTED = "<?xml version=\"1.0\" encoding=\"utf-8\"?><a RestCode=\"1001\" "
            + "DateTime=\"2026-11-23T09:00:00\" Situation=\"1\" seqnumber=\"1\" guid=\"{9ECCB1B5-97EE-4B88-9840-"
            + "8568F05586D0}\" name=\"Started\" ShiftNum=\"1\" ShiftDate=\"2026-11-23T00:00:00\"><Station id=\"15003\" "
            + "code=\"1\" name=\"MM_CASH\" NetName=\"MM_CASH_1\"/><Server id=\"15002\" code=\"15002\" name=\"MM_MID\" "
            + "NetName=\"MM_MID\"/><Item/></a>";

    private final HttpClient client = HttpClient.newHttpClient();

    private String farcards(String key, String function, String xml) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + Integer.getInteger(PORT_PROPERTY) + "/api/ext/rkeeper/" + key + "/farcards/" + function))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(r.body(), 200, r.statusCode());
        return r.body();
    }

    private static String cardInfo(String card) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ROOT><QRY Card=\"" + card + "\" Restaurant=\"1001\" "
                + "UnitNo=\"3\"><INPBUF>" + String.format(CHECK, "6") + "</INPBUF></QRY></ROOT>";
    }

    private static String transactions(String card, long payment, long bonus, String chmode) {
        String tx = "<TransactionsEx Card=\"%s\" Kind=\"%d\" Summa=\"%d\" Restaurant=\"1001\" RKUni=\"3\" "
                + "RKCheck=\"77\" RKDate=\"2026-11-23T00-00-00\"/>";
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><ROOT><Transactions>" + String.format(tx, card, 0, payment)
                + String.format(tx, card, 2, bonus) + "</Transactions><InpBuf InpKind=\"1\">"
                + String.format(CHECK, chmode) + "</InpBuf></ROOT>";
    }

    private static String attribute(String xml, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(xml);
        return m.find() ? m.group(1) : null;
    }

    private static String bonus(Http http, String admin, long guest) {
        return http.get("/guests/" + guest + "/accounts", admin).json().get(0).get("balance").decimalValue()
                .toPlainString();
    }

    @Test
    public void theWholeTillJourney() throws Exception {
        Http http = http();
        String admin = credentials().admin();
        features.installFeature("kopilka-pos-rkeeper", EnumSet.noneOf(FeaturesService.Option.class));
        http.await("/programs", admin, 200, Duration.ofSeconds(60));
        http.post("/programs", admin, "{\"mechanic\":\"tiers\",\"name\":\"Ladder\",\"priority\":20,\"parameters\":"
                + "{\"levels\":[{\"name\":\"Standard\",\"threshold\":0,\"discountPercent\":3}]}}");
        http.post("/programs", admin, "{\"mechanic\":\"bonus\",\"name\":\"Bonus 5%\",\"priority\":10,"
                + "\"parameters\":{\"percent\":5,\"maxShare\":[{\"percent\":50}]}}");
        String key = http.post("/tokens", admin, "{\"kind\":\"APPLICATION\",\"name\":\"rkeeper\"}").json()
                .get("secret").asText();

        Reply guest = http.post("/guests", admin, "{\"phone\":\"8 903 777-00-01\",\"name\":\"Ivan Petrov\"}");
        long id = guest.json().get("id").asLong();
        http.post("/guests/" + id + "/identifiers", admin, "{\"type\":\"CARD\",\"value\":\"7770001\"}");
        http.post("/guests/" + id + "/operations", admin,
                "{\"idempotencyKey\":\"rk-fund\",\"type\":\"ACCRUE\",\"amount\":500}");

        String info = awaitPlugin(key);
        assertEquals(info, "0", attribute(info, "Result"));
        assertEquals("Ivan Petrov", attribute(info, "Holder"));
        assertEquals("1", attribute(info, "Discount"));
        assertEquals("1", attribute(info, "Bonus"));
        assertEquals("50000", attribute(info, "Summa"));

        String batch = transactions("7770001", -15_000, 1_200, "1");
        String applied = farcards(key, "TransactionsEx", batch);
        assertEquals(applied, "0", attribute(applied, "Result"));
        assertEquals("5% of 1000.00 - 3% - 150.00 paid with points", "391.00", bonus(http, admin, id));
        assertEquals("0", attribute(farcards(key, "TransactionsEx", batch), "Result"));
        assertEquals("a retry changes nothing", "391.00", bonus(http, admin, id));

        String storno = farcards(key, "TransactionsEx", transactions("7770001", 15_000, -1_200, "2"));
        assertEquals(storno, "0", attribute(storno, "Result"));
        assertEquals("the cancellation restores the balance", "500.00", bonus(http, admin, id));

        http.send("PATCH", "/guests/" + id, admin, "application/json", "{\"email\":\"ivan@example.ru\"}");
        String email = farcards(key, "FindEmail", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ROOT><QRY "
                + "Email=\"Ivan@Example.ru\"/></ROOT>");
        assertEquals(email, "7770001", attribute(email, "CardCode"));
        assertEquals(String.valueOf(id), attribute(email, "Account"));
        HttpResponse<byte[]> image = client.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + Integer.getInteger(PORT_PROPERTY) + "/api/ext/rkeeper/" + key + "/farcards/GetCardImageEx"))
                .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString("<?xml version=\"1.0\" "
                + "encoding=\"UTF-8\"?><ROOT><QRY CardCode=\"7770001\"/></ROOT>")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElse(""));
        assertTrue("a JPEG picture of the card's QR code", image.body().length > 500
                && (image.body()[0] & 0xFF) == 0xFF && (image.body()[1] & 0xFF) == 0xD8);

        long card = http.get("/guests/" + id + "/identifiers", admin).json().get(1).get("id").asLong();
        http.post("/identifiers/" + card + "/block", admin, "{\"reason\":\"lost\"}");
        assertEquals("1", attribute(farcards(key, "GetCardInfoEx", cardInfo("7770001")), "Locked"));
        assertEquals("1", attribute(farcards(key, "GetCardInfoEx", cardInfo("123456789")), "Result"));
        String wrongKey = farcards("kpk_wrong", "GetCardInfoEx", cardInfo("1000001"));
        assertTrue(wrongKey, wrongKey.contains("wrong key"));
        String hostile = farcards(key, "GetCardInfoEx", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><ROOT><QRY Card=\"&x;\"/></ROOT>");
        assertTrue(hostile, !hostile.contains("root:"));
        assertEquals("9004", attribute(hostile, "ErrorCode"));
    }

    @Test
    public void orderNotificationsBecomeStoredPosEventsOnceEach() throws Exception {
        Http http = http();
        String admin = credentials().admin();
        features.installFeature("kopilka-pos-rkeeper", EnumSet.noneOf(FeaturesService.Option.class));
        String key = http.post("/tokens", admin, "{\"kind\":\"APPLICATION\",\"name\":\"rkeeper-events\"}").json()
                .get("secret").asText();
        awaitPlugin(key);
        long org = http.get("/guests?size=1", admin).json().get("items").get(0).get("organizationId").asLong();
        assertEquals(200, notify(key, STATION_STARTED));
        assertEquals("a duplicate is answered 200 too", 200, notify(key, STATION_STARTED));
        assertEquals(403, notify("kpk_wrong", STATION_STARTED));
        assertEquals("hostile XML is refused quietly", 200, notify(key, "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x "
                + "SYSTEM \"file:///etc/passwd\">]><a RestCode=\"1001\" name=\"&x;\"/>"));
        List<PosEvent> stored = posEvents.since(org, null, Instant.EPOCH, 100);
        assertEquals(stored.toString(), 1, stored.stream().filter(e -> e.kind().equals("CASH_PROGRAM_STARTED")).count());
        assertEquals("rkeeper", stored.get(0).vendor());
    }

    private int notify(String key, String xml) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + Integer.getInteger(PORT_PROPERTY)
                + "/api/ext/rkeeper/" + key + "/orders")).header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private String awaitPlugin(String key) throws Exception {
        for (int i = 0; i < 240; i++) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + Integer.getInteger(PORT_PROPERTY) + "/api/ext/rkeeper/" + key + "/farcards/GetCardInfoEx"))
                    .POST(HttpRequest.BodyPublishers.ofString(cardInfo("7770001"), StandardCharsets.UTF_8))
                    .header("Content-Type", "text/xml").build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return r.body();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the r_keeper endpoint never came up");
    }
}
