package io.kopilka.pos.rkeeper.internal.farcards;

import static io.kopilka.pos.rkeeper.internal.farcards.Wire.DECLARATION;
import static io.kopilka.pos.rkeeper.internal.farcards.Wire.element;
import static io.kopilka.pos.rkeeper.internal.farcards.Wire.post;
import static io.kopilka.pos.rkeeper.internal.farcards.Wire.resource;
import static io.kopilka.pos.rkeeper.internal.farcards.Wire.resourceText;
import static io.kopilka.pos.rkeeper.internal.farcards.Wire.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GetCardInfoExTest {

    private static final String FN = "GetCardInfoEx";

    private final InMemoryBackend backend = new InMemoryBackend().card(8002, "Test farcards person 8002", 15_000);
    private final FarCardsServer server = new FarCardsServer(backend);

    @Test
    void parsesTheOfficialRequest() {
        server.handle(post(FN, resource("official-getcardinfoex-request.xml")));

        CardQuery query = backend.queries.get(0);
        assertEquals(8002, query.cardCode());
        assertEquals(9999, query.restaurant());
        assertEquals(2, query.unitNo());
        Receipt receipt = query.receipt().orElseThrow();
        assertEquals("2", receipt.stationCode());
        assertEquals("199999999", receipt.restaurantCode());
        assertEquals("FOCUS_MIDSERV2", receipt.cashServerName());
        assertEquals("2013-08-2116:2316:23:56", receipt.generatedAt(), "garbled date kept raw, not an error");
        assertTrue(receipt.chmode().isEmpty());
        assertEquals(List.of(new Receipt.LoyaltyInterface("PDS", "1", "0", "", List.of("8002"))),
                receipt.interfaces());
        assertEquals(CheckData.EMPTY, receipt.data(), "the short XML has no CHECKDATA");
    }

    @Test
    void answersTheOfficialRequestLikeV1WithEveryFieldWritten() {
        StubBackend stub = new StubBackend();
        stub.lookUp = q -> CardLookup.found(CardInfo.builder().holder("Test farcards person 8002").account(8002)
                .bonusCode(4).discountCode(25).discountLimit(10_000).balance(15_000).subAccount(2, 2_000)
                .subAccount(3, 3_000).subAccount(4, 4_000).extraInfo("additional info")
                .screenMessage("** Message for SCREEN **").printMessage("* Message for PRINT *").build());

        String ours = text(new FarCardsServer(stub).handle(post(FN, resource("official-getcardinfoex-request.xml"))));

        String v1 = resourceText("v1-getcardinfoex-8002-response.xml");
        String withoutV1Omissions = ours.replaceAll(" (StopDate|Holy|Manager|PersonID|Unpay|Sum6|Sum7|Sum8)=\"0\"", "");
        assertEquals(v1, withoutV1Omissions, "V1's bytes once the fields V1 leaves out (all 0 here) are removed");
        assertTrue(ours.contains(" Manager=\"0\" Locked=\"0\"") && ours.contains(" Sum8=\"0\" DopInfo="));
    }

    @Test
    void answersAnUnknownCardExactlyLikeV1() {
        String body = "<ROOT><QRY Card=\"1234\" Restaurant=\"9999\" UnitNo=\"2\"/></ROOT>";

        FarCardsResponse response = server.handle(post(FN, body));

        assertEquals(DECLARATION + "<Root><GetCardInfoEx Result=\"1\"/></Root>", text(response));
        assertEquals(200, response.status());
        assertEquals("text/xml; charset=utf-8", response.contentType());
        assertEquals(0, response.errorCode());
    }

    @Test
    void answersABlockedCardAsExistingButLocked() {
        backend.block(8002, "Карта заблокирована: утеряна");

        XmlElement answer = element(server.handle(post(FN, "<ROOT><QRY Card=\"8002\"/></ROOT>")));

        assertEquals("0", answer.attributes().get("Result"));
        assertEquals("1", answer.attributes().get("Locked"));
        assertEquals("Карта заблокирована: утеряна", answer.attributes().get("WhyLock"));
        assertFalse(answer.attributes().containsKey("ErrorCode"));
    }

    @Test
    void answersFlagsAndSubAccounts() {
        StubBackend stub = new StubBackend();
        stub.lookUp = q -> CardLookup.found(CardInfo.builder().deleted(true).seize(true).expired(true)
                .notValidNow(true).managerConfirmation(true).personId(-5).unpayType(4).subAccount(8, -300).build());

        XmlElement answer = element(new FarCardsServer(stub).handle(post(FN, "<ROOT><QRY Card=\"1\"/></ROOT>")));

        for (String flag : List.of("Deleted", "Seize", "StopDate", "Holy", "Manager")) {
            assertEquals("1", answer.attributes().get(flag), flag);
        }
        assertEquals("-5", answer.attributes().get("PersonID"));
        assertEquals("4", answer.attributes().get("Unpay"));
        assertEquals("-300", answer.attributes().get("Sum8"));
    }

    @Test
    void cutsTextsToTheDllBuffers() {
        StubBackend stub = new StubBackend();
        String longName = "Щ".repeat(60);
        stub.lookUp = q -> CardLookup.found(CardInfo.builder().holder(longName).screenMessage("ё".repeat(300))
                .locked("x".repeat(256)).build());

        XmlElement answer = element(new FarCardsServer(stub).handle(post(FN, "<ROOT><QRY Card=\"1\"/></ROOT>")));

        assertEquals("Щ".repeat(39), answer.attributes().get("Holder"));
        assertEquals("ё".repeat(255), answer.attributes().get("ScrMessage"));
        assertEquals("x".repeat(255), answer.attributes().get("WhyLock"));
    }

    @Test
    void acceptsAQueryWithoutInputBuffer() {
        server.handle(post(FN, "<ROOT><QRY Card=\" 8002 \"/></ROOT>"));

        CardQuery query = backend.queries.get(0);
        assertEquals(8002, query.cardCode());
        assertEquals(0, query.restaurant());
        assertTrue(query.receipt().isEmpty());
    }

    @Test
    void acceptsTheLargestInt64Card() {
        server.handle(post(FN, "<ROOT><QRY Card=\"9223372036854775807\"/></ROOT>"));

        assertEquals(Long.MAX_VALUE, backend.queries.get(0).cardCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<ROOT><QRY/></ROOT>", "<ROOT><QRY Card=\"abc\"/></ROOT>",
        "<ROOT><QRY Card=\"-1\"/></ROOT>",
        "<ROOT><QRY Card=\"9223372036854775808\"/></ROOT>", "<ROOT><QRY Card=\"80.02\"/></ROOT>",
        "<ROOT><QRY Card=\"1\" Restaurant=\"x\"/></ROOT>", "<ROOT><NOTQRY Card=\"1\"/></ROOT>"})
    void answersAnInvalidQueryAsALockedCardWithTheCode(String body) {
        FarCardsResponse response = server.handle(post(FN, body));

        XmlElement answer = element(response);
        assertEquals("0", answer.attributes().get("Result"), "Result=1 would claim the card does not exist");
        assertEquals("1", answer.attributes().get("Locked"));
        assertEquals("Kopilka 9007: invalid request", answer.attributes().get("WhyLock"));
        assertEquals("9007", answer.attributes().get("ErrorCode"));
        assertEquals(9007, response.errorCode());
        assertTrue(backend.queries.isEmpty());
    }

    @Test
    void turnsABackendExceptionIntoTheInternalErrorAnswer() {
        StubBackend stub = new StubBackend();
        stub.lookUp = q -> {
            throw new IllegalStateException("database password is hunter2");
        };

        FarCardsResponse response = new FarCardsServer(stub).handle(post(FN, "<ROOT><QRY Card=\"1\"/></ROOT>"));

        assertEquals("Kopilka 9101: internal error", element(response).attributes().get("WhyLock"));
        assertFalse(text(response).contains("hunter2"), "exception text stays out of the answer");
        assertTrue(response.detail().contains("hunter2"), "but is there for the log");
    }

    @Test
    void turnsARejectionIntoItsOwnCodeAndText() {
        StubBackend stub = new StubBackend();
        stub.lookUp = q -> {
            throw new FarCardsRejection(42, "Карта не активирована");
        };

        XmlElement answer = element(new FarCardsServer(stub).handle(post(FN, "<ROOT><QRY Card=\"1\"/></ROOT>")));

        assertEquals("Карта не активирована", answer.attributes().get("WhyLock"));
        assertEquals("42", answer.attributes().get("ErrorCode"));
    }

    @Test
    void treatsANullAnswerAsAnInvalidBackendAnswer() {
        StubBackend stub = new StubBackend();
        stub.lookUp = q -> null;

        FarCardsResponse response = new FarCardsServer(stub).handle(post(FN, "<ROOT><QRY Card=\"1\"/></ROOT>"));

        assertEquals(9102, response.errorCode());
        assertEquals("1", element(response).attributes().get("Locked"));
    }

    @Test
    void refusesCardInfoThatDoesNotFitTheDllFields() {
        assertThrows(IllegalArgumentException.class, () -> CardInfo.builder().account(1L << 32).build());
        assertThrows(IllegalArgumentException.class, () -> CardInfo.builder().discountCode(65_536).build());
        assertThrows(IllegalArgumentException.class, () -> CardInfo.builder().bonusCode(-1).build());
        assertThrows(IllegalArgumentException.class, () -> CardInfo.builder().discountLimit(-1).build());
        assertThrows(IllegalArgumentException.class, () -> CardInfo.builder().subAccount(9, 1));
        assertThrows(IllegalArgumentException.class, () -> CardInfo.builder().subAccount(1, 1));
    }
}
