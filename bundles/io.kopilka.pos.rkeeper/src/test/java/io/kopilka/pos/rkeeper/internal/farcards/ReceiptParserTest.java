package io.kopilka.pos.rkeeper.internal.farcards;

import static io.kopilka.pos.rkeeper.internal.farcards.Wire.post;
import static io.kopilka.pos.rkeeper.internal.farcards.Wire.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReceiptParserTest {

    private Receipt receiptOf(ReceiptMoneyUnit unit) {
        InMemoryBackend backend = new InMemoryBackend().card(8002, "A", 0);
        new FarCardsServer(backend, FarCardsLimits.DEFAULT, unit)
                .handle(post("GetCardInfoEx", resource("full-receipt-getcardinfoex-request.xml")));
        return backend.queries.get(0).receipt().orElseThrow();
    }

    @Test
    void readsTheHeaderAndInterfaces() {
        Receipt receipt = receiptOf(ReceiptMoneyUnit.RUBLES);

        assertEquals(6, receipt.chmode().getAsInt());
        assertEquals("2026-11-22T19:05:00", receipt.generatedAt());
        assertEquals("1049", receipt.attributes().get("locale"));
        assertEquals("41", receipt.attributes().get("shiftnum"));
        Receipt.LoyaltyInterface pds = receipt.interfaces().get(0);
        assertEquals("1", pds.current());
        assertEquals(List.of("8002", "8003"), pds.holderCards());
    }

    @Test
    void readsTheOrder() {
        CheckData data = receiptOf(ReceiptMoneyUnit.RUBLES).data();

        assertEquals("115", data.orderNum());
        assertEquals("{6A1F0C2E-2B1D-4C55-9C1E-5F0D4A3B2C10}", data.orderGuid());
        assertEquals("{0B7C1D2E-3F40-4A5B-8C6D-7E8F90A1B2C3}", data.checkGuid());
        assertEquals("", data.checkNum());
        assertEquals("12", data.tableName());
        assertEquals("2", data.guests());
        assertEquals("Анна", data.personWithRole("WAITER").orElseThrow().name());
        assertEquals("3", data.personWithRole("cashier").orElseThrow().code());
    }

    @Test
    void readsLinesWithMoneyInKopecks() {
        List<CheckData.Line> lines = receiptOf(ReceiptMoneyUnit.RUBLES).data().lines();

        assertEquals(3, lines.size());
        CheckData.Line borscht = lines.get(0);
        assertEquals("Борщ", borscht.name());
        assertEquals("101", borscht.code());
        assertEquals("dish", borscht.type());
        assertEquals(0, new BigDecimal("2").compareTo(borscht.quantity()));
        assertEquals(35_000, borscht.priceKopecks());
        assertEquals(63_000, borscht.sumKopecks());
        assertEquals("x", borscht.attributes().get("extra_attr"), "configured extra attributes are kept");
        assertEquals("630.00", borscht.attributes().get("sum"), "raw text is kept");
        assertEquals("1", lines.get(1).parent());
        CheckData.Line morse = lines.get(2);
        assertEquals("Морс \"Клюква\"", morse.name());
        assertEquals(0, new BigDecimal("0.5").compareTo(morse.quantity()));
        assertEquals(20_000, morse.priceKopecks(), "comma decimal separator accepted");
        assertEquals(10_000, morse.sumKopecks());
    }

    @Test
    void readsDiscountsBonusesAndPayments() {
        CheckData data = receiptOf(ReceiptMoneyUnit.RUBLES).data();

        CheckData.Discount discount = data.discounts().get(0);
        assertEquals("25", discount.code());
        assertEquals(7_000, discount.sumKopecks());
        assertEquals("8002", discount.cardCode());
        assertEquals("1", discount.interfaceId());
        assertEquals("1", discount.objectUni());
        assertEquals(3_650, data.bonuses().get(0).sumKopecks());
        CheckData.Payment payment = data.payments().get(0);
        assertEquals(73_000, payment.sumKopecks());
        assertEquals(73_000, payment.baseSumKopecks());
        assertEquals("1", payment.payType());
    }

    @Test
    void readsMoneyAsKopecksWhenConfigured() {
        CheckData data = receiptOf(ReceiptMoneyUnit.KOPECKS).data();

        assertEquals(630, data.lines().get(0).sumKopecks());
        assertEquals(100, data.lines().get(2).sumKopecks());
    }

    @Test
    void convertsMoneyTextsLeniently() {
        assertEquals(15_000, ReceiptMoneyUnit.RUBLES.toKopecks("150"));
        assertEquals(15_050, ReceiptMoneyUnit.RUBLES.toKopecks(" 150,5 "));
        assertEquals(-1, ReceiptMoneyUnit.RUBLES.toKopecks("-0.005"), "half-up on the magnitude");
        assertEquals(1, ReceiptMoneyUnit.RUBLES.toKopecks("0.005"));
        assertEquals(151, ReceiptMoneyUnit.KOPECKS.toKopecks("150.5"));
        for (String bad : new String[] {"", "1e5", "abc", "1.2.3", "NaN", "999999999999999999"}) {
            assertEquals(0, ReceiptMoneyUnit.RUBLES.toKopecks(bad), bad);
        }
        assertEquals(0, ReceiptMoneyUnit.RUBLES.toKopecks(null));
    }

    @Test
    void ignoresUnknownElementsAndMissingGroups() {
        InMemoryBackend backend = new InMemoryBackend().card(1, "A", 0);
        String body = "<ROOT><QRY Card=\"1\"><INPBUF><CHECK chmode=\"x\"><FUTURE a=\"1\"/><CHECKDATA ordernum=\"5\">"
                + "<CHECKLINES><LINE name=\"Чай\" price=\"abc\"/><OTHER/></CHECKLINES></CHECKDATA></CHECK></INPBUF>"
                + "</QRY></ROOT>";

        new FarCardsServer(backend).handle(post("GetCardInfoEx", body));

        Receipt receipt = backend.queries.get(0).receipt().orElseThrow();
        assertTrue(receipt.chmode().isEmpty());
        assertEquals("5", receipt.data().orderNum());
        assertEquals(1, receipt.data().lines().size());
        assertEquals(0, receipt.data().lines().get(0).priceKopecks());
        assertTrue(receipt.data().payments().isEmpty());
    }
}
