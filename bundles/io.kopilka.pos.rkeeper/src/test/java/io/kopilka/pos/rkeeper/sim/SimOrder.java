package io.kopilka.pos.rkeeper.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An order on the simulated cash station, written as HTTPOrderNotify's {@code <Order>} in the third-party shape (T):
 * {@code visit}, {@code orderIdent}, {@code orderSum} (kopecks), {@code paid}, {@code finished}, {@code <Table>},
 * {@code <Waiter>}, a {@code <Session>} of {@code <Dish>} lines (quantity in thousandths, price in kopecks) with
 * {@code <Void>} on voided ones. {@code guid}, {@code billExists}, {@code <Discount>} and {@code <Payment>} are the
 * names Kopilka assumes (INF). Edits since the last notification become its {@code <ChangeLog>}.
 */
public final class SimOrder {

    /** A dish line. */
    record Dish(int uni, String id, String code, String name, long quantityMilli, long priceKopecks, boolean voided) {
    }

    /** A discount line; a card code makes it a loyalty system's. */
    record Discount(int uni, String id, String code, String name, long sumKopecks, String cardCode) {
    }

    /** A payment line. */
    record Payment(int uni, String code, String name, long sumKopecks) {
    }

    /** A change log row. */
    record Change(Dish dish, long oldMilli, long newMilli, boolean added) {
    }

    private final String guid;
    private final long visit;
    private final int orderIdent;
    private final String table;
    private final String[] waiter;
    private final Map<Integer, Dish> dishes = new LinkedHashMap<>();
    private final Map<Integer, Discount> discounts = new LinkedHashMap<>();
    private final List<Payment> payments = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private boolean paid;
    private boolean bill;

    /**
     * @param waiter the waiter's id, code and name
     */
    public SimOrder(String guid, long visit, int orderIdent, String table, String... waiter) {
        this.guid = guid;
        this.visit = visit;
        this.orderIdent = orderIdent;
        this.table = table;
        this.waiter = waiter.clone();
    }

    public String guid() {
        return guid;
    }

    public SimOrder add(int uni, String code, String name, long quantityMilli, long priceKopecks) {
        Dish before = dishes.get(uni);
        Dish dish = new Dish(uni, "100" + code, code, name, quantityMilli, priceKopecks, false);
        dishes.put(uni, dish);
        changes.add(new Change(dish, before == null ? 0 : before.quantityMilli(), quantityMilli, before == null));
        return this;
    }

    /** Deletes an unsaved line: it leaves the order. */
    public SimOrder remove(int uni) {
        Dish dish = dishes.remove(uni);
        changes.add(new Change(dish, dish.quantityMilli(), 0, false));
        return this;
    }

    /** Deletes a saved line with a reason: it stays, voided. */
    public SimOrder voidLine(int uni) {
        Dish dish = dishes.get(uni);
        dishes.put(uni, new Dish(uni, dish.id(), dish.code(), dish.name(), dish.quantityMilli(), dish.priceKopecks(),
                true));
        changes.add(new Change(dish, dish.quantityMilli(), 0, false));
        return this;
    }

    /** Drops a line with no change log row: the cash station discarding an unsaved edit. */
    public SimOrder discard(int uni) {
        dishes.remove(uni);
        return this;
    }

    public SimOrder discount(int uni, String code, String name, long sumKopecks, String cardCode) {
        discounts.put(uni, new Discount(uni, "200" + code, code, name, sumKopecks, cardCode));
        return this;
    }

    public SimOrder removeDiscount(int uni) {
        discounts.remove(uni);
        return this;
    }

    public SimOrder bill(boolean printed) {
        this.bill = printed;
        return this;
    }

    public SimOrder pay(int uni, String code, String name, long sumKopecks) {
        payments.add(new Payment(uni, code, name, sumKopecks));
        this.paid = true;
        return this;
    }

    /** A payment taken while the order stays open (a prepayment, or the first step of paying). */
    public SimOrder prepay(int uni, String code, String name, long sumKopecks) {
        payments.add(new Payment(uni, code, name, sumKopecks));
        return this;
    }

    /** Payments taken off again; the order is unpaid. */
    public SimOrder unpay() {
        payments.clear();
        this.paid = false;
        return this;
    }

    /** The order total in kopecks: dish lines that count plus discounts. */
    public long total() {
        long dishesSum = dishes.values().stream().filter(d -> !d.voided())
                .mapToLong(d -> d.priceKopecks() * d.quantityMilli() / 1000).sum();
        return dishesSum + discounts.values().stream().mapToLong(Discount::sumKopecks).sum();
    }

    /** Writes {@code <Order>} and then {@code <ChangeLog>} (if there were edits), clearing the edits. */
    void write(StringBuilder xml) {
        xml.append("<Order");
        XmlText.attr(xml, "visit", visit);
        XmlText.attr(xml, "orderIdent", orderIdent);
        XmlText.attr(xml, "guid", guid);
        XmlText.attr(xml, "orderSum", total());
        XmlText.attr(xml, "paid", paid ? 1 : 0);
        XmlText.attr(xml, "finished", paid ? 1 : 0);
        XmlText.attr(xml, "billExists", bill ? 1 : 0);
        xml.append(">\n");
        XmlText.attr(xml.append("<Table"), "code", table).append("/>\n");
        XmlText.attr(XmlText.attr(XmlText.attr(xml.append("<Waiter"), "id", waiter[0]), "code", waiter[1]),
                "name", waiter[2]).append("/>\n");
        xml.append("<Session uni=\"1\">\n");
        dishes.values().forEach(d -> writeDish(xml, d));
        discounts.values().forEach(d -> writeDiscount(xml, d));
        payments.forEach(p -> writePayment(xml, p));
        xml.append("</Session>\n</Order>\n");
        writeChanges(xml);
    }

    private static void writeDish(StringBuilder xml, Dish d) {
        xml.append("<Dish");
        XmlText.attr(xml, "id", d.id());
        XmlText.attr(xml, "code", d.code());
        XmlText.attr(xml, "name", d.name());
        XmlText.attr(xml, "uni", d.uni());
        XmlText.attr(xml, "quantity", d.quantityMilli());
        XmlText.attr(xml, "price", d.priceKopecks());
        xml.append(d.voided() ? "><Void/></Dish>\n" : "/>\n");
    }

    private static void writeDiscount(StringBuilder xml, Discount d) {
        xml.append("<Discount");
        XmlText.attr(xml, "id", d.id());
        XmlText.attr(xml, "code", d.code());
        XmlText.attr(xml, "name", d.name());
        XmlText.attr(xml, "uni", d.uni());
        XmlText.attr(xml, "sum", d.sumKopecks());
        XmlText.attr(xml, "cardCode", d.cardCode());
        xml.append("/>\n");
    }

    private static void writePayment(StringBuilder xml, Payment p) {
        xml.append("<Payment");
        XmlText.attr(xml, "code", p.code());
        XmlText.attr(xml, "name", p.name());
        XmlText.attr(xml, "uni", p.uni());
        XmlText.attr(xml, "sum", p.sumKopecks());
        xml.append("/>\n");
    }

    private void writeChanges(StringBuilder xml) {
        if (changes.isEmpty()) {
            return;
        }
        xml.append("<ChangeLog>\n");
        for (Change c : changes) {
            xml.append("<Dish");
            XmlText.attr(xml, "id", c.dish().id());
            XmlText.attr(xml, "code", c.dish().code());
            XmlText.attr(xml, "uni", c.dish().uni());
            XmlText.attr(xml, "oldvalue", c.oldMilli());
            XmlText.attr(xml, "newvalue", c.newMilli());
            XmlText.attr(xml, "new", c.added() ? 1 : null);
            xml.append("/>\n");
        }
        xml.append("</ChangeLog>\n");
        changes.clear();
    }
}
