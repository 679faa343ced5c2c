package io.kopilka.pos.rkeeper.internal.farcards;

import static io.kopilka.pos.rkeeper.internal.farcards.Wire.DECLARATION;
import static io.kopilka.pos.rkeeper.internal.farcards.Wire.post;
import static io.kopilka.pos.rkeeper.internal.farcards.Wire.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FarCardsServerTest {

    @Test
    void resolvesFunctionsFromNamesAndPaths() {
        assertEquals(Optional.of(FarCardsFunction.GET_CARD_INFO_EX),
                FarCardsFunction.fromPath("/rkeeper/farcards/getcardinfoex/"));
        assertEquals(Optional.of(FarCardsFunction.TRANSACTIONS_EX), FarCardsFunction.fromPath("TransactionsEx"));
        assertEquals(Optional.of(FarCardsFunction.LICENSE_INFO), FarCardsFunction.fromPath("x/LICENSEINFO"));
        assertEquals(Optional.empty(), FarCardsFunction.fromPath("getcardinfoex.php"));
        assertEquals(Optional.empty(), FarCardsFunction.fromPath(null));
    }

    @Test
    void answersAnUnknownFunction() {
        FarCardsResponse response = new FarCardsServer(new StubBackend()).handle(post("/rkeeper/farcards/x", "<a/>"));

        assertEquals(DECLARATION + "<Root><Error ErrorCode=\"9008\" ErrorText=\"Kopilka 9008: unknown function\" "
                + "Result=\"1\"/></Root>", text(response));
        assertEquals(200, response.status());
    }

    @Test
    void survivesANullRequest() {
        FarCardsResponse response = new FarCardsServer(new StubBackend()).handle(null);

        assertNotNull(response);
        assertEquals(9008, response.errorCode());
    }

    @Test
    void passesLicenseNoticesOnAndAcknowledges() {
        InMemoryBackend backend = new InMemoryBackend();

        FarCardsServer server = new FarCardsServer(backend);

        FarCardsResponse response = server.handle(post("LicenseInfo", "Лицензия истекла"));

        assertEquals(DECLARATION + "<Root/>", text(response));
        assertEquals(List.of("Лицензия истекла"), backend.licenseNotices);
    }

    @Test
    void answersEveryFunctionWhateverTheBackendThrows() {
        FarCardsBackend exploding = new FarCardsBackend() {
            @Override
            public CardLookup lookUpCard(CardQuery query) {
                throw new OutOfMemoryErrorLike();
            }

            @Override
            public BatchResult applyTransactions(TransactionBatch batch) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<EmailMatch> findByEmail(String email) {
                throw new NullPointerException();
            }

            @Override
            public Optional<CardImage> cardImage(long cardCode) {
                throw new ArithmeticException();
            }

            @Override
            public void licenseNotice(String body) {
                throw new IllegalStateException();
            }
        };
        FarCardsServer server = new FarCardsServer(exploding);
        Map<String, String> bodies = Map.of("GetCardInfoEx", "<ROOT><QRY Card=\"1\"/></ROOT>",
                "TransactionsEx", "<ROOT><T Card=\"1\" Kind=\"0\" Summa=\"-1\"/></ROOT>",
                "FindEmail", "<ROOT><QRY Email=\"a\"/></ROOT>", "GetCardImageEx", "<ROOT><QRY CardCode=\"1\"/></ROOT>",
                "LicenseInfo", "x");

        bodies.forEach((function, body) -> {
            FarCardsResponse response = server.handle(post(function, body));
            assertEquals(9101, response.errorCode(), function);
            assertTrue(text(response).contains("Kopilka 9101: internal error"), function);
        });
    }

    @Test
    void keepsTheRequestsParts() {
        FarCardsRequest request = FarCardsRequest.of("FindEmail", Map.of("k", List.of("v")), new byte[] {1, 2});

        byte[] body = request.body();
        body[0] = 9;

        assertEquals(1, request.body()[0], "the body is copied");
        assertEquals(List.of("v"), request.parameters().get("k"));
        assertEquals("FindEmail", request.function());
    }

    /** A runtime exception standing in for anything a backend might throw. */
    private static final class OutOfMemoryErrorLike extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
