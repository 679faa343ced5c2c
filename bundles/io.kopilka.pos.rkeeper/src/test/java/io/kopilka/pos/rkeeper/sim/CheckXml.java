package io.kopilka.pos.rkeeper.sim;

import java.time.LocalDateTime;

/**
 * Builds the receipt XML r_keeper puts in FarCards' INPBUF ("XML description of a cash document", S7/S8): tags
 * upper case, attributes lower case (official rule); the {@code CHECK} header and {@code EXTINFO/INTERFACES/
 * INTERFACE/HOLDERS/ITEM} as in the official GetCardInfoEx example (S1); {@code chmode} and the {@code CHECKDATA}
 * blocks after the third-party model T5. Money in the receipt is written as decimal rubles and quantities as decimal
 * portions, which is how T5 models them; the real unit is not documented (doc §7.2).
 */
public final class CheckXml {

    private final StringBuilder header = new StringBuilder();
    private final StringBuilder persons = new StringBuilder();
    private final StringBuilder lines = new StringBuilder();
    private final StringBuilder discounts = new StringBuilder();
    private final StringBuilder payments = new StringBuilder();
    private int personCount;
    private int lineCount;
    private int discountCount;
    private int paymentCount;
    private String cardCode;
    private String orderData;

    private CheckXml() {
    }

    /** A receipt header: r_keeper's full restaurant code, the station, the cash server's name, when generated. */
    public static CheckXml receipt(String restaurantCode, int stationCode, String cashServer, LocalDateTime at) {
        CheckXml check = new CheckXml();
        XmlText.attr(check.header, "stationcode", stationCode);
        XmlText.attr(check.header, "restaurantcode", restaurantCode);
        XmlText.attr(check.header, "cashservername", cashServer);
        XmlText.attr(check.header, "generateddatetime", at);
        return check;
    }

    /** The receipt mode: 1 payment, 3 return, 5 order, 6 pre-check, ... (T5). */
    public CheckXml chmode(int chmode) {
        XmlText.attr(header, "chmode", chmode);
        return this;
    }

    /** The card in {@code HOLDERS} of the PDS interface (official example). */
    public CheckXml card(String code) {
        this.cardCode = code;
        return this;
    }

    /** Starts {@code CHECKDATA}: the order and this receipt. */
    public CheckXml order(String orderNum, String orderGuid, String checkNum, String checkGuid, String table,
            int guests, LocalDateTime startService) {
        StringBuilder data = new StringBuilder("<CHECKDATA");
        XmlText.attr(data, "ordernum", orderNum);
        XmlText.attr(data, "orderguid", orderGuid);
        XmlText.attr(data, "quests", guests);
        XmlText.attr(data, "checknum", checkNum);
        XmlText.attr(data, "tablename", table);
        XmlText.attr(data, "startservice", startService);
        XmlText.attr(data, "checkguid", checkGuid);
        this.orderData = data.append(">\n").toString();
        return this;
    }

    public CheckXml person(String id, String name, String role, String code) {
        personCount++;
        persons.append("<PERSON");
        XmlText.attr(persons, "id", id);
        XmlText.attr(persons, "name", name);
        XmlText.attr(persons, "role", role);
        XmlText.attr(persons, "code", code);
        persons.append("/>\n");
        return this;
    }

    /** A dish line; {@code sum} is after discounts. */
    public CheckXml line(String id, int uni, String name, String code, long quantityMilli, long priceKopecks,
            long sumKopecks) {
        lineCount++;
        lines.append("<LINE");
        XmlText.attr(lines, "id", id);
        XmlText.attr(lines, "uni", uni);
        XmlText.attr(lines, "name", name);
        XmlText.attr(lines, "type", "dish");
        XmlText.attr(lines, "code", code);
        XmlText.attr(lines, "quantity", portions(quantityMilli));
        XmlText.attr(lines, "price", XmlText.rubles(priceKopecks));
        XmlText.attr(lines, "sum", XmlText.rubles(sumKopecks));
        lines.append("/>\n");
        return this;
    }

    /** A discount; a loyalty interface's carries its card and interface id (S7). */
    public CheckXml discount(String id, int uni, String code, String name, long sumKopecks, String card,
            String interfaceId) {
        discountCount++;
        discounts.append("<DISCOUNT");
        XmlText.attr(discounts, "id", id);
        XmlText.attr(discounts, "code", code);
        XmlText.attr(discounts, "sum", XmlText.rubles(sumKopecks));
        XmlText.attr(discounts, "name", name);
        XmlText.attr(discounts, "cardcode", card);
        XmlText.attr(discounts, "interface", interfaceId);
        XmlText.attr(discounts, "uni", uni);
        XmlText.attr(discounts, "objectuni", "");
        discounts.append("/>\n");
        return this;
    }

    /** A payment: paytype 1 cash, 2 bank card, 3 other (T5). */
    public CheckXml payment(int uni, String code, String name, long sumKopecks, int paytype) {
        paymentCount++;
        payments.append("<PAYMENT");
        XmlText.attr(payments, "code", code);
        XmlText.attr(payments, "name", name);
        XmlText.attr(payments, "sum", XmlText.rubles(sumKopecks));
        XmlText.attr(payments, "bsum", XmlText.rubles(sumKopecks));
        XmlText.attr(payments, "uni", uni);
        XmlText.attr(payments, "paytype", paytype);
        payments.append("/>\n");
        return this;
    }

    /** The {@code <CHECK>} element. */
    public String toXml() {
        StringBuilder xml = new StringBuilder("<CHECK").append(header).append(">\n<EXTINFO>\n<INTERFACES>\n");
        xml.append("<INTERFACE type=\"PDS\" id=\"1\" mode=\"0\" current=\"1\">\n<HOLDERS>\n");
        if (cardCode != null) {
            XmlText.attr(xml.append("<ITEM"), "cardcode", cardCode).append("/>\n");
        }
        xml.append("</HOLDERS>\n</INTERFACE>\n</INTERFACES>\n</EXTINFO>\n");
        if (orderData != null) {
            xml.append(orderData);
            block(xml, "CHECKPERSONS", personCount, persons);
            block(xml, "CHECKLINES", lineCount, lines);
            block(xml, "CHECKDISCOUNTS", discountCount, discounts);
            block(xml, "CHECKPAYMENTS", paymentCount, payments);
            xml.append("</CHECKDATA>\n");
        }
        return xml.append("</CHECK>\n").toString();
    }

    private static void block(StringBuilder xml, String tag, int count, StringBuilder items) {
        xml.append('<').append(tag).append(" count=\"").append(count).append("\">\n").append(items);
        xml.append("</").append(tag).append(">\n");
    }

    private static String portions(long milli) {
        return milli % 1000 == 0 ? Long.toString(milli / 1000)
                : java.math.BigDecimal.valueOf(milli, 3).stripTrailingZeros().toPlainString();
    }
}
