package io.kopilka.pos.rkeeper.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** Reading notifications: the official examples, the third-party order shape, tolerant values, encodings. */
class NotificationParserTest {

    private final NotificationParser parser = new NotificationParser();

    static byte[] vector(String name) {
        try (InputStream in = NotificationParserTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Notification parsed(byte[] body) {
        ParseResult result = parser.parse(body);
        return assertInstanceOf(ParseResult.Parsed.class, result, result::toString).notification();
    }

    @Test
    void readsTheOfficialCashServerStart() {
        Notification n = parsed(vector("ordernotify-server-started.xml"));
        assertEquals("199990093", n.restCode());
        assertEquals(LocalDateTime.of(2020, 1, 14, 15, 38, 23), n.dateTime());
        assertEquals(1, n.situation());
        assertEquals("1", n.seqNumber());
        assertEquals("{9ECCB1B5-97EE-4B88-9840-8568F05586D0}", n.guid());
        assertEquals("Started", n.name());
        assertEquals(1L, n.shiftNum());
        assertEquals(LocalDate.of(2019, 11, 18), n.shiftDate());
        assertEquals(new Ref("15002", null, null, null), n.server());
        assertNull(n.station());
        assertNull(n.order());
        assertEquals(64, n.bodyDigest().length());
    }

    @Test
    void readsTheOfficialStationStart() {
        Notification n = parsed(vector("ordernotify-station-started.xml"));
        assertEquals(new Ref("15003", "1", "MM_CASH", "MM_CASH_169058"), n.station());
        assertEquals(new Ref("15002", "15002", "MM_MID", "MM_MID"), n.server());
        assertEquals(LocalDateTime.of(2019, 12, 18, 17, 17, 58), n.dateTime());
    }

    @Test
    void readsTheThirdPartyOrderShape() {
        Notification n = parsed(vector("ordernotify-order-changed-t.xml"));
        assertEquals("Order Changed", n.name());
        assertEquals(3, n.situation());
        OrderInfo order = n.order();
        assertEquals("617707056/256", order.key());
        assertEquals(29_800, order.orderSumKopecks());
        assertEquals(Boolean.FALSE, order.paid());
        assertNull(order.billExists());
        assertEquals("7764", order.waiter().code());
        assertEquals("5", order.table().code());
        DishLine dish = order.dishes().get(0);
        assertEquals(new DishLine("4", "1004496", "2714", "Борщ", 1000, 29_800, 29_800, false), dish);
        assertEquals(new DishChange("4", "1004496", "2714", null, 0, 1000, true), n.changes().get(0));
        assertTrue(order.linesIncluded());
    }

    @Test
    void readsVoidsDiscountsPaymentsAndFlags() {
        String xml = "<a RestCode='1' Situation='5'><Order guid='{G}' orderSum='50000' paid='1' billExists='1'>"
                + "<Session><Dish uni='1' code='7' quantity='2000' price='12345' sum='24690'/>"
                + "<Dish uni='2' code='8' quantity='1500' price='1000'><Void/></Dish>"
                + "<Discount uni='9' code='12' name='Card' sum='-500' cardcode='8002'/>"
                + "<Payment uni='10' code='1' name='Cash' amount='49500'/></Session></Order></a>";
        OrderInfo order = parsed(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).order();
        assertEquals("{G}", order.key());
        assertEquals(Boolean.TRUE, order.paid());
        assertEquals(Boolean.TRUE, order.billExists());
        assertEquals(24_690, order.dishes().get(0).sumKopecks());
        assertTrue(order.dishes().get(1).voided());
        assertEquals(0, order.dishes().get(1).effectiveMilli());
        assertEquals(1_500, order.dishes().get(1).sumKopecks());
        DiscountLine discount = order.discounts().get(0);
        assertEquals(-500, discount.sumKopecks());
        assertTrue(discount.loyalty());
        assertEquals(49_500, order.payments().get(0).sumKopecks());
    }

    @Test
    void oddValuesCountAsAbsentInsteadOfRejecting() {
        Notification n = parsed(("<a RestCode=' 7 ' DateTime='yesterday' Situation='x' ShiftNum=''>"
                + "<Order visit='1' orderIdent='2' orderSum='12.5' paid='maybe'><Session>"
                + "<Dish quantity='0.5' price='abc'/></Session></Order></a>").getBytes());
        assertEquals("7", n.restCode());
        assertNull(n.dateTime());
        assertEquals("yesterday", n.dateTimeText());
        assertEquals(-1, n.situation());
        assertNull(n.shiftNum());
        assertEquals(1_250, n.order().orderSumKopecks());
        assertNull(n.order().paid());
        DishLine dish = n.order().dishes().get(0);
        assertEquals("#0", dish.uni());
        assertEquals(500, dish.quantityMilli());
        assertEquals(0, dish.priceKopecks());
    }

    @Test
    void attributeAndElementNamesIgnoreCase() {
        Notification n = parsed("<a restcode='5' SITUATION='3'><order VISIT='1' ORDERIDENT='2'/></a>".getBytes());
        assertEquals("5", n.restCode());
        assertEquals(3, n.situation());
        assertEquals("1/2", n.order().key());
        assertFalse(n.order().linesIncluded());
    }

    @Test
    void decodesTheDeclaredEncodingAndUtf16() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><a RestCode=\"1\"><Order visit=\"1\" "
                + "orderIdent=\"2\"><Waiter code=\"7\" name=\"Иванова\"/></Order></a>";
        assertEquals("Иванова", parsed(xml.getBytes("windows-1251")).order().waiter().name());
        String utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a RestCode=\"Ж\"/>";
        assertEquals("Ж", parsed(utf16.getBytes(java.nio.charset.StandardCharsets.UTF_16)).restCode());
        byte[] bom = "\uFEFF<a RestCode=\"3\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("3", parsed(bom).restCode());
    }

    @Test
    void refusesWhatIsNotANotification() {
        assertRejected("<ROOT><QRY Card='8002'/></ROOT>", ParseError.NOT_A_NOTIFICATION);
        assertRejected("<a Situation='1'/>", ParseError.NO_RESTAURANT);
        assertRejected("<a RestCode='  '/>", ParseError.NO_RESTAURANT);
    }

    private void assertRejected(String xml, ParseError error) {
        ParseResult result = parser.parse(xml);
        assertEquals(error, assertInstanceOf(ParseResult.Rejected.class, result).error());
    }
}
