package io.kopilka.pos.rkeeper.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The FarCards request builders produce the documented shapes, consistent money and T1's signs. */
class FarCardsRequestsTest {

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    private static Element first(Element parent, String tag) {
        return (Element) parent.getElementsByTagName(tag).item(0);
    }

    @Test
    void getCardInfoExFollowsTheOfficialExample() throws Exception {
        List<FarCardsScenario.Request> requests = FarCardsScenario.requests();
        Element root = parse(requests.get(0).body());
        assertEquals("ROOT", root.getTagName());
        Element qry = first(root, "QRY");
        assertEquals("8002", qry.getAttribute("Card"));
        assertEquals("9999", qry.getAttribute("Restaurant"));
        assertEquals("2", qry.getAttribute("UnitNo"));
        Element check = first(first(qry, "INPBUF"), "CHECK");
        assertEquals("199990093", check.getAttribute("restaurantcode"));
        assertEquals("2", check.getAttribute("stationcode"));
        Element iface = first(check, "INTERFACE");
        assertEquals("PDS", iface.getAttribute("type"));
        assertEquals("8002", first(first(iface, "HOLDERS"), "ITEM").getAttribute("cardcode"));
        assertEquals(0, check.getElementsByTagName("CHECKDATA").getLength());
        assertEquals(1, parse(FarCardsRequests.getCardInfoEx(8002, 9999, 2, null)).getElementsByTagName("QRY")
                .getLength());
    }

    @Test
    void theFullReceiptAddsUp() throws Exception {
        Element check = first(first(parse(FarCardsScenario.requests().get(2).body()), "InpBuf"), "CHECK");
        assertEquals("1", check.getAttribute("chmode"));
        Element data = first(check, "CHECKDATA");
        assertEquals("{A1000000-0000-4000-8000-000000000256}", data.getAttribute("orderguid"));
        assertEquals(FarCardsScenario.TOTAL, sum(data.getElementsByTagName("LINE")));
        assertEquals(FarCardsScenario.TOTAL, sum(data.getElementsByTagName("PAYMENT")));
        assertEquals(-FarCardsScenario.DISCOUNT, sum(data.getElementsByTagName("DISCOUNT")));
        assertEquals("2", first(data, "CHECKLINES").getAttribute("count"));
        Element discount = first(data, "DISCOUNT");
        assertEquals("8002", discount.getAttribute("cardcode"));
        assertEquals("1", discount.getAttribute("interface"));
    }

    @Test
    void transactionsCarryT1SignsAndTheRefundReversesThem() throws Exception {
        List<FarCardsScenario.Request> requests = FarCardsScenario.requests();
        assertEquals(Map.of(3, FarCardsScenario.GUEST, 1, -FarCardsScenario.DISCOUNT, 0, -FarCardsScenario.FROM_CARD,
                2, FarCardsScenario.ACCRUED), summaByKind(requests.get(2).body()));
        assertEquals(Map.of(3, -FarCardsScenario.GUEST, 1, FarCardsScenario.DISCOUNT, 0, FarCardsScenario.FROM_CARD,
                2, -FarCardsScenario.ACCRUED), summaByKind(requests.get(4).body()));
        Element refundCheck = first(parse(requests.get(4).body()), "CHECK");
        assertEquals("3", refundCheck.getAttribute("chmode"));
        Element record = first(parse(requests.get(2).body()), "TransactionsEx");
        assertEquals("2026-11-23T00-00-00", record.getAttribute("RKDate"));
        assertEquals("1045", record.getAttribute("RKCheck"));
        assertEquals("2", record.getAttribute("RKUni"));
    }

    @Test
    void theRetryIsTheSameBatchByteForByte() {
        List<FarCardsScenario.Request> requests = FarCardsScenario.requests();
        assertEquals("TransactionsEx", requests.get(3).function());
        assertEquals(requests.get(2).body(), requests.get(3).body());
    }

    @Test
    void theClientPostsToAddressSlashPath() throws Exception {
        try (LocalServer server = new LocalServer(r -> new LocalServer.Answer(200,
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><Root><GetCardInfoEx Result=\"1\"/></Root>"))) {
            FarCardsClient client = new FarCardsClient(server.base(), Map.of("GetCardInfoEx", "getcardinfoex.php",
                    "TransactionsEx", "transactionsex.php"));
            List<FarCardsScenario.Request> requests = FarCardsScenario.requests();
            assertTrue(client.send(requests.get(0)).body().contains("Result=\"1\""));
            client.send(requests.get(2));
            assertEquals(List.of("/getcardinfoex.php", "/transactionsex.php"),
                    server.received().stream().map(LocalServer.Received::path).toList());
            assertEquals(requests.get(2).body(), new String(server.received().get(1).body(), StandardCharsets.UTF_8));
        }
    }

    private static long sum(NodeList nodes) {
        long kopecks = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            kopecks += new BigDecimal(((Element) nodes.item(i)).getAttribute("sum")).movePointRight(2).longValueExact();
        }
        return kopecks;
    }

    private static Map<Integer, Long> summaByKind(String xml) throws Exception {
        NodeList records = parse(xml).getElementsByTagName("TransactionsEx");
        java.util.Map<Integer, Long> byKind = new java.util.HashMap<>();
        for (int i = 0; i < records.getLength(); i++) {
            Element r = (Element) records.item(i);
            byKind.put(Integer.parseInt(r.getAttribute("Kind")), Long.parseLong(r.getAttribute("Summa")));
        }
        return byKind;
    }
}
