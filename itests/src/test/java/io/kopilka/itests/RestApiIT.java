package io.kopilka.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import io.kopilka.api.org.Organization;
import io.kopilka.api.org.OrganizationService;
import io.kopilka.api.security.TokenKind;
import io.kopilka.api.security.TokenService;
import io.kopilka.itests.Http.Reply;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The REST API over real HTTP in the real distribution: round trip, authorization, bad input and concurrency. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestApiIT extends KopilkaTestSupport {

    @Inject
    private OrganizationService organizations;

    @Inject
    private TokenService tokens;

    private Http http;
    private Credentials creds;
    private String admin;

    @Before
    public void ready() throws Exception {
        http = http();
        creds = credentials();
        admin = creds.admin();
        http.await("/guests?size=1", admin, 200, Duration.ofSeconds(60));
    }

    private long createGuest(String phone, String name) {
        Reply r = http.post("/guests", admin, "{\"phone\":\"" + phone + "\",\"name\":\"" + name + "\"}");
        assertEquals(r.toString(), 201, r.status());
        return r.json().get("id").asLong();
    }

    private Reply operate(String token, long guest, String key, String type, String amount) {
        return http.post("/guests/" + guest + "/operations", token,
                "{\"idempotencyKey\":\"" + key + "\",\"type\":\"" + type + "\",\"amount\":" + amount + "}");
    }

    private String bonus(long guest, String field) {
        for (JsonNode a : http.get("/guests/" + guest + "/accounts", admin).json()) {
            if (a.get("type").asText().equals("BONUS")) {
                return a.get(field).decimalValue().toPlainString();
            }
        }
        throw new AssertionError("no bonus account");
    }

    @Test
    public void publicEndpointsAndDemoData() {
        Reply health = http.get("/health", null);
        assertEquals("UP", health.json().get("status").asText());
        assertEquals("UP", health.json().get("database").get("status").asText());
        Reply openapi = http.get("/openapi.json", null);
        assertEquals(200, openapi.status());
        assertTrue(openapi.json().get("paths").has("/v1/guests/{id}/operations"));

        Reply guests = http.get("/guests", admin);
        assertTrue(guests.json().get("total").asLong() >= 5);
        Reply anna = http.get("/guests/lookup?identifier=1000001", admin);
        assertEquals("Анна Иванова", anna.json().get("guest").get("name").asText());
        assertEquals("500.00", bonus(anna.json().get("guest").get("id").asLong(), "available"));
        assertEquals(409, http.get("/guests/lookup?identifier=1000050", creds.terminal(1)).status());
    }

    @Test
    public void roundTripFromRegistrationToHistory() {
        long guest = createGuest("8 999 123-45-67", "Round Trip");
        Reply card = http.post("/guests/" + guest + "/identifiers", creds.terminal(1),
                "{\"type\":\"CARD\",\"value\":\"5550100\"}");
        assertEquals(card.toString(), 201, card.status());
        Reply found = http.get("/guests/lookup?identifier=5550100", creds.terminal(1));
        assertEquals(guest, found.json().get("guest").get("id").asLong());
        assertEquals("+79991234567", found.json().get("guest").get("phone").asText());

        Reply accrual = operate(creds.terminal(1), guest, "rt-1", "ACCRUE", "100.50");
        assertEquals(accrual.toString(), 201, accrual.status());
        assertEquals("100.50", accrual.json().get("balanceAfter").decimalValue().toPlainString());
        Reply replay = operate(creds.terminal(1), guest, "rt-1", "ACCRUE", "100.50");
        assertEquals(200, replay.status());
        assertTrue(replay.json().get("replayed").asBoolean());
        assertEquals(accrual.json().get("id"), replay.json().get("id"));

        Reply redemption = operate(creds.terminal(2), guest, "rt-2", "REDEEM", "40.25");
        assertEquals(201, redemption.status());
        assertEquals("60.25", bonus(guest, "available"));

        Reply history = http.get("/guests/" + guest + "/operations", admin);
        assertEquals(2, history.json().get("total").asInt());
        JsonNode newest = history.json().get("items").get(0);
        assertEquals("REDEEM", newest.get("type").asText());
        assertEquals("-40.25", newest.get("amount").decimalValue().toPlainString());
        assertEquals("terminal:till-2", newest.get("author").asText());

        Reply storno = http.post("/operations/" + newest.get("id").asLong() + "/storno", admin,
                "{\"idempotencyKey\":\"rt-3\",\"reason\":\"receipt deleted\"}");
        assertEquals(storno.toString(), 201, storno.status());
        assertEquals("100.50", bonus(guest, "available"));
        assertTrue(http.get("/ledger/check", admin).json().get("problems").isEmpty());
    }

    @Test
    public void everyCallIsAuthenticatedAndScoped() {
        Reply none = http.get("/guests", null);
        assertEquals(401, none.status());
        assertTrue(none.contentType().startsWith("application/problem+json"));
        assertEquals(401, http.get("/guests/1", "kpk_not-a-token").status());
        assertEquals(401, http.get("/no/such/path", null).status());

        assertEquals(403, http.get("/guests", creds.terminal(1)).status());
        assertEquals(403, http.get("/ledger/check", creds.application()).status());
        assertEquals(403, http.get("/tokens", creds.terminal(1)).status());
        long guest = createGuest("+79990000101", "Scoped");
        Reply adjust = http.post("/guests/" + guest + "/operations", creds.terminal(1),
                "{\"idempotencyKey\":\"adj\",\"type\":\"ADJUST\",\"amount\":5,\"reason\":\"x\"}");
        assertEquals(403, adjust.status());
        assertEquals(200, http.get("/guests", creds.application()).status());

        Organization other = organizations.createOrganization("Other org");
        String otherAdmin = tokens.issue(other.id(), TokenKind.ADMIN, null, "other-admin", "test").secret();
        assertEquals(403, http.get("/guests/" + guest, otherAdmin).status());
        assertEquals(403, operate(otherAdmin, guest, "steal", "REDEEM", "1").status());
        assertEquals(0, http.get("/guests", otherAdmin).json().get("total").asInt());
        assertEquals(404, http.get("/guests/lookup?identifier=1000001", otherAdmin).status());

        Reply issued = http.post("/tokens", admin, "{\"kind\":\"APPLICATION\",\"name\":\"short-lived\"}");
        assertEquals(201, issued.status());
        String secret = issued.json().get("secret").asText();
        assertEquals(200, http.get("/guests", secret).status());
        assertEquals(200, http.delete("/tokens/" + issued.json().get("token").get("id").asLong(), admin).status());
        assertEquals(401, http.get("/guests", secret).status());
    }

    @Test
    public void badInputIsA4xxProblemNamingTheFieldAndChangesNothing() {
        long guest = createGuest("+79990000202", "Bad Input");
        assertEquals("201", String.valueOf(operate(admin, guest, "bi-0", "ACCRUE", "10").status()));
        assertProblem(http.post("/guests", admin, "{\"phone\":"), 400, null);
        assertProblem(http.post("/guests", admin, "{\"phone\":\"+79990000203\",\"nickname\":\"x\"}"), 400,
                "nickname");
        assertProblem(http.post("/guests", admin, "{\"phone\":\"12\"}"), 400, "phone");
        assertProblem(http.post("/guests", admin, "{\"gender\":\"ROBOT\"}"), 400, "gender");
        assertProblem(http.post("/guests", admin, "{\"birthDate\":\"31-12-1990\"}"), 400, "birthDate");
        assertProblem(operate(admin, guest, "bi-1", "ACCRUE", "-5"), 400, "amount");
        assertProblem(operate(admin, guest, "bi-2", "ACCRUE", "1.005"), 400, "amount");
        assertProblem(operate(admin, guest, "bi-3", "ACCRUE", "\"lots\""), 400, "amount");
        assertProblem(operate(admin, guest, "bi-4", "TELEPORT", "1"), 400, "type");
        assertProblem(operate(admin, 999_999, "bi-5", "ACCRUE", "1"), 404, "guestId");
        assertProblem(http.get("/guests/999999", admin), 404, "guestId");
        assertProblem(http.get("/guests/abc", admin), 400, "id");
        assertProblem(http.get("/guests?page=-1", admin), 400, "page");
        assertProblem(operate(admin, guest, "bi-6", "REDEEM", "10.01"), 409, "amount");
        assertProblem(operate(admin, guest, "bi-0", "ACCRUE", "11"), 409, "idempotencyKey");
        assertProblem(http.send("POST", "/guests", admin, "text/plain", "hello"), 415, null);
        assertProblem(http.send("POST", "/guests", admin, "application/json", null), 400, null);
        http.post("/guests/" + guest + "/identifiers", admin, "{\"type\":\"CARD\",\"value\":\"5550200\"}");
        long other = createGuest("+79990000204", "Other");
        assertProblem(http.post("/guests/" + other + "/identifiers", admin, "{\"type\":\"CARD\",\"value\":\"5550200\"}"),
                409, "value");
        assertProblem(http.post("/guests/" + other + "/identifiers", admin,
                "{\"type\":\"CARD\",\"value\":\"99999999999999999999\"}"), 400, "value");
        assertEquals("10.00", bonus(guest, "balance"));
        assertEquals(1, http.get("/guests/" + guest + "/operations", admin).json().get("total").asInt());
        for (String garbage : List.of("[]", "null", "\"x\"", "{\"amount\":{}}", "{\"type\":null}", "{}}",
                "{\"idempotencyKey\":\"" + "k".repeat(500) + "\",\"type\":\"ACCRUE\",\"amount\":1}")) {
            int status = http.post("/guests/" + guest + "/operations", admin, garbage).status();
            assertTrue(garbage + " -> " + status, status >= 400 && status < 500);
        }
    }

    private static void assertProblem(Reply r, int status, String field) {
        assertEquals(r.toString(), status, r.status());
        assertTrue(r.toString(), r.contentType().startsWith("application/problem+json"));
        assertEquals(status, r.json().get("status").asInt());
        assertNotNull(r.json().get("title"));
        if (field != null) {
            assertEquals(r.toString(), field, r.problemField());
        }
    }

    @Test
    public void sixteenTerminalsCannotOverspendOneBalance() throws Exception {
        long guest = createGuest("+79990000303", "Contended");
        assertEquals(201, operate(admin, guest, "c-fund", "ACCRUE", "1000").status());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<int[]>> results = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                start.await();
                int[] counts = new int[2];
                for (int i = 0; i < 3; i++) {
                    int status = operate(creds.terminal(1 + thread % 2), guest, "c-" + thread + "-" + i, "REDEEM",
                            "30").status();
                    counts[status == 201 ? 0 : 1]++;
                    assertTrue("status " + status, status == 201 || status == 409);
                }
                return counts;
            }));
        }
        start.countDown();
        int won = 0;
        int refused = 0;
        for (Future<int[]> f : results) {
            int[] c = f.get(180, TimeUnit.SECONDS);
            won += c[0];
            refused += c[1];
        }
        pool.shutdown();
        assertEquals(33, won);
        assertEquals(15, refused);
        assertEquals("10.00", bonus(guest, "balance"));
        assertTrue(http.get("/ledger/check", admin).json().get("problems").isEmpty());
    }
}
