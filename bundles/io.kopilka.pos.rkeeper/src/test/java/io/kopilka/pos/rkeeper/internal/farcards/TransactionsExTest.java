package io.kopilka.pos.rkeeper.internal.farcards;

import static io.kopilka.pos.rkeeper.internal.farcards.Wire.DECLARATION;
import static io.kopilka.pos.rkeeper.internal.farcards.Wire.element;
import static io.kopilka.pos.rkeeper.internal.farcards.Wire.post;
import static io.kopilka.pos.rkeeper.internal.farcards.Wire.resource;
import static io.kopilka.pos.rkeeper.internal.farcards.Wire.resourceText;
import static io.kopilka.pos.rkeeper.internal.farcards.Wire.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransactionsExTest {

    private static final String FN = "TransactionsEx";
    private static final String APPLIED = DECLARATION + "<Root><TransactionsEx Result=\"0\"/></Root>";

    private final InMemoryBackend backend = new InMemoryBackend().card(8002, "A", 20_000);
    private final FarCardsServer server = new FarCardsServer(backend);

    private static String batch(String... records) {
        return "<ROOT><Transactions>" + String.join("", records) + "</Transactions></ROOT>";
    }

    private static String record(long card, int kind, long summa) {
        return "<TransactionsEx Card=\"" + card + "\" Kind=\"" + kind + "\" Summa=\"" + summa + "\"/>";
    }

    @Test
    void parsesT4sRequestShape() {
        server.handle(post(FN, resource("t4-transactionsex-request.xml")));

        TransactionBatch batch = backend.batches.get(0);
        assertEquals(2, batch.transactions().size());
        FarCardsTransaction payment = batch.transactions().get(0);
        assertEquals(1, payment.num());
        assertEquals(8002, payment.cardCode());
        assertEquals(77, payment.personId());
        assertEquals(8002, payment.account());
        assertEquals(TransactionKind.PAYMENT, payment.kind());
        assertEquals(-15_000, payment.amountKopecks());
        assertFalse(payment.isCancellation());
        assertEquals(9999, payment.restaurant());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 22)), payment.businessDate());
        assertEquals(2, payment.unitNo());
        assertEquals(1234, payment.checkNumber());
        assertEquals(new FarCardsTransaction.Vat('A', 15_000, 2_000), payment.vat().get(0));
        assertEquals(8, payment.vat().size());
        assertEquals("0", payment.attributes().get("Sieze"), "unknown attributes are kept, not fatal");
        FarCardsTransaction bonus = batch.transactions().get(1);
        assertEquals(2, bonus.num());
        assertEquals(TransactionKind.BONUS, bonus.kind());
        assertEquals(1_200, bonus.amountKopecks());
        Receipt receipt = batch.receipt().orElseThrow();
        assertEquals(1, receipt.chmode().getAsInt());
        assertEquals("{0B7C1D2E-3F40-4A5B-8C6D-7E8F90A1B2C3}", receipt.data().checkGuid());
        assertEquals(15_000, receipt.data().payments().get(1).sumKopecks());
    }

    @Test
    void appliesABatchAndAnswersExactlyLikeV1() {
        FarCardsResponse response = server.handle(post(FN, resource("t4-transactionsex-request.xml")));

        assertEquals(APPLIED, text(response));
        assertEquals(20_000 - 15_000 + 1_200, backend.balance(8002));
    }

    @Test
    void answersABatchWithOneRefusedTransactionAsAWholeFailureAndAppliesNothing() {
        String body = batch(record(8002, 2, 1_200), record(8002, 0, -30_000), record(8002, 3, 50_000));

        FarCardsResponse response = server.handle(post(FN, body));

        assertEquals(DECLARATION + "<Root><TransactionsEx ErrorCode=\"1\" ErrorText=\"Transaction 2: not enough on "
                + "card 8002\" Result=\"1\"><OutBuf OutKind=\"1\"><TRRESPONSE error_code=\"1\" err_text=\"Transaction "
                + "2: not enough on card 8002\"/></OutBuf></TransactionsEx></Root>", text(response));
        assertEquals(20_000, backend.balance(8002), "the accepted bonus before the refusal was not applied");
        assertEquals(1, response.errorCode());
    }

    @Test
    void carriesNegativeAmountsAndCancellations() {
        String body = batch(record(8002, 0, 5_000), record(8002, 2, -1_200), record(8002, 1, 700),
                record(8002, 3, -90_000));

        assertEquals(APPLIED, text(server.handle(post(FN, body))));

        List<FarCardsTransaction> t = backend.batches.get(0).transactions();
        assertEquals(List.of(5_000L, -1_200L, 700L, -90_000L), t.stream().map(FarCardsTransaction::amountKopecks)
                .toList());
        assertTrue(t.stream().allMatch(FarCardsTransaction::isCancellation), "every sign here is a cancellation");
        assertEquals(20_000 + 5_000 - 1_200, backend.balance(8002));
    }

    @Test
    void answersTheVendorsRecommendedErrorForARejectedBatch() {
        StubBackend stub = new StubBackend();
        stub.apply = b -> {
            throw new FarCardsRejection(157, "Error!!!");
        };

        String answer = text(new FarCardsServer(stub).handle(post(FN, batch(record(1, 0, -1)))));

        assertEquals(DECLARATION + "<Root><TransactionsEx ErrorCode=\"157\" ErrorText=\"Error!!!\" Result=\"1\">"
                + "<OutBuf OutKind=\"1\"><TRRESPONSE error_code=\"157\" err_text=\"Error!!!\"/></OutBuf>"
                + "</TransactionsEx></Root>", answer, "T2's example TRRESPONSE, with the failure result");
    }

    @Test
    void answersARetryFromTheStoredResultWithoutApplyingTwice() {
        byte[] body = resource("t4-transactionsex-request.xml");

        server.handle(post(FN, body));
        FarCardsResponse retry = server.handle(post(FN, body));

        assertEquals(APPLIED, text(retry));
        assertEquals(20_000 - 15_000 + 1_200, backend.balance(8002));
        assertEquals(backend.batches.get(0).idempotencyKey(), backend.batches.get(1).idempotencyKey());
    }

    @Test
    void keysACancellationAndAnotherReceiptDifferently() {
        String original = resourceText("t4-transactionsex-request.xml");
        String cancel = original.replace("Summa=\"-15000\"", "Summa=\"15000\"").replace("Summa=\"1200\"",
                "Summa=\"-1200\"").replace("chmode=\"1\"", "chmode=\"2\"");
        String otherReceipt = original.replace("{0B7C1D2E", "{0B7C1D2F");
        String laterXml = original.replace("19:07:00", "19:08:00");

        for (String body : List.of(original, cancel, otherReceipt, laterXml)) {
            server.handle(post(FN, body));
        }

        List<String> keys = backend.batches.stream().map(TransactionBatch::idempotencyKey).toList();
        assertNotEquals(keys.get(0), keys.get(1));
        assertNotEquals(keys.get(0), keys.get(2));
        assertEquals(keys.get(0), keys.get(3), "generateddatetime is not part of the key (doc 3.5)");
        assertEquals(64, keys.get(0).length());
    }

    @Test
    void writesTheTrResponseWhenTheBackendHasSomethingToReport() {
        StubBackend stub = new StubBackend();
        stub.apply = b -> new BatchResult(List.of(TransactionOutcome.accepted(),
                TransactionOutcome.accepted().withExtId("k-123")
                        .withSlip("Начислено 12 бонусов\nБаланс: 62", 11, "LINE").withValue(1_200)
                        .withSubAccount(2).withExtInfo("BonusAdded=1")),
                "Начислено 120 бонусов", Optional.of(new PrintDocument(PrintDocument.PREINSTALLED, 8002,
                        List.of("Спасибо!", "Ваш баланс: 62", "004452112312311234"))));

        String answer = text(new FarCardsServer(stub).handle(post(FN, batch(record(8002, 0, -100),
                record(8002, 2, 1_000)))));

        assertEquals(DECLARATION + "<Root><TransactionsEx Result=\"0\"><OutBuf OutKind=\"1\">"
                + "<TRRESPONSE err_text=\"Начислено 120 бонусов\">"
                + "<TRANSACTION cardcode=\"8002\" num=\"2\" uni=\"11\" linetag=\"LINE\" ext_id=\"k-123\" "
                + "slip=\"Начислено 12 бонусов&#10;Баланс: 62\" subaccount=\"2\" value=\"1200\" "
                + "extinfo=\"BonusAdded=1\"/>"
                + "<PRINTDOCUMENT code=\"101\" cardcode=\"8002\"><DOCUMENTDATA><TEXT00>Спасибо!</TEXT00>"
                + "<TEXT01>Ваш баланс: 62</TEXT01><TEXT02>004452112312311234</TEXT02></DOCUMENTDATA>"
                + "</PRINTDOCUMENT>"
                + "</TRRESPONSE></OutBuf></TransactionsEx></Root>", answer);
    }

    @Test
    void dropsTheDetailsWhenTheTrResponseWouldExceedTheOutBufLimit() {
        StubBackend stub = new StubBackend();
        String slip = "x".repeat(2_000);
        stub.apply = b -> BatchResult.of(b.transactions().stream()
                .map(t -> TransactionOutcome.accepted().withSlip(slip, t.num(), "PAYMENT")).toList());
        String[] records = new String[100];
        java.util.Arrays.fill(records, record(1, 0, -1));

        FarCardsResponse response = new FarCardsServer(stub).handle(post(FN, batch(records)));

        assertEquals(DECLARATION + "<Root><TransactionsEx Result=\"0\"><OutBuf OutKind=\"1\"><TRRESPONSE "
                + "err_text=\"(details omitted: over 150 KB)\"/></OutBuf></TransactionsEx></Root>", text(response));
    }

    @Test
    void acceptsOtherElementNamesAliasesAndTheDelphiDate() {
        String body = "<root><qry><TRANSACTION card=\"5\" KIND=\"3\" sum=\"500\" rkunit=\"4\" checknum=\"9\" "
                + "rkdate=\"46000\" person=\"-7\"/></qry></root>";
        StubBackend stub = new StubBackend();
        stub.apply = b -> {
            FarCardsTransaction t = b.transactions().get(0);
            assertEquals(TransactionKind.GUEST_SPEND, t.kind());
            assertEquals(500, t.amountKopecks());
            assertEquals(4, t.unitNo());
            assertEquals(9, t.checkNumber());
            assertEquals(-7, t.personId());
            assertEquals(Optional.of(LocalDate.of(1899, 12, 30).plusDays(46_000)), t.businessDate());
            assertTrue(b.receipt().isEmpty());
            return BatchResult.allAccepted(1);
        };

        assertEquals(APPLIED, text(new FarCardsServer(stub).handle(post(FN, body))));
        assertEquals(1, stub.calls.get());
    }

    @Test
    void ignoresRecordLookalikesInsideTheReceipt() {
        String body = "<ROOT>" + record(8002, 2, 100) + "<INPBUF><CHECK><X Card=\"8002\" Kind=\"2\" Summa=\"999\"/>"
                + "</CHECK></INPBUF></ROOT>";

        server.handle(post(FN, body));

        assertEquals(1, backend.batches.get(0).transactions().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<ROOT/>", "<ROOT><T Card=\"1\" Kind=\"0\"/></ROOT>",
        "<ROOT><T Card=\"1\" Kind=\"0\" Summa=\"150.00\"/></ROOT>",
        "<ROOT><T Card=\"1\" Kind=\"4\" Summa=\"1\"/></ROOT>",
        "<ROOT><T Card=\"x\" Kind=\"0\" Summa=\"1\"/></ROOT>", "<ROOT><T Card=\"1\" Kind=\"0\" Summa=\"1e3\"/></ROOT>",
        "<ROOT><T Card=\"1\" Kind=\"0\" Summa=\"-10000000000001\"/></ROOT>",
        "<ROOT><T Card=\"1\" Kind=\"0\" Summa=\"1\" Account=\"4294967296\"/></ROOT>",
        "<ROOT><T Card=\"1\" Kind=\"0\" Summa=\"1\" VatPrcA=\"15.5\"/></ROOT>"})
    void failsClosedOnRecordsItCannotReadExactly(String body) {
        StubBackend stub = new StubBackend();

        FarCardsResponse response = new FarCardsServer(stub).handle(post(FN, body));

        XmlElement answer = element(response);
        assertEquals("1", answer.attributes().get("Result"));
        assertEquals("9007", answer.attributes().get("ErrorCode"));
        assertEquals("9007", answer.child("OutBuf").orElseThrow().child("TRRESPONSE").orElseThrow()
                .attributes().get("error_code"));
        assertEquals(0, stub.calls.get(), "nothing reaches the backend");
        assertFalse(response.detail().isEmpty());
    }

    @Test
    void checksTheTrResponseRulesOnOutcomes() {
        TransactionOutcome.Accepted accepted = TransactionOutcome.accepted();

        assertThrows(IllegalArgumentException.class, () -> accepted.withSlip("s", 5, "CHECK"));
        assertThrows(IllegalArgumentException.class, () -> accepted.withSubAccount(9));
        assertThrows(IllegalArgumentException.class, () -> TransactionOutcome.refused(0, "no"));
        assertThrows(IllegalArgumentException.class, () -> new FarCardsRejection(0, "no"));
        assertThrows(IllegalArgumentException.class, () -> new PrintDocument(101, 1, java.util.Collections
                .nCopies(11, "t")));
        assertFalse(accepted.hasReport());
        assertTrue(accepted.withSlip("s", 5, "DISCOUNT").hasReport());
    }

    @Test
    void answersAWrongNumberOfOutcomesAsAFailure() {
        StubBackend stub = new StubBackend();
        stub.apply = b -> BatchResult.allAccepted(1);

        FarCardsResponse response = new FarCardsServer(stub).handle(post(FN, batch(record(1, 0, -1),
                record(1, 2, 1))));

        assertEquals(9102, response.errorCode());
        assertEquals("1", element(response).attributes().get("Result"));
    }

    @Test
    void answersABackendCrashAsAFailure() {
        StubBackend stub = new StubBackend();
        stub.apply = b -> {
            throw new IllegalStateException("boom");
        };

        XmlElement answer = element(new FarCardsServer(stub).handle(post(FN, batch(record(1, 0, -1)))));

        assertEquals("1", answer.attributes().get("Result"));
        assertEquals("Kopilka 9101: internal error", answer.attributes().get("ErrorText"));
    }
}
