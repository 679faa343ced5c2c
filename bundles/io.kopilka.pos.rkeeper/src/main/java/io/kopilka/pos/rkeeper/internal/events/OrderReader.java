package io.kopilka.pos.rkeeper.internal.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code <Order>}: attributes {@code visit}, {@code orderIdent}, {@code orderSum}, {@code paid},
 * {@code finished}, children {@code <Table>}, {@code <Waiter>} and {@code <Session>}s of {@code <Dish>} lines with an
 * optional {@code <Void>} (T); {@code guid}, {@code billExists}, {@code <Discount>}, {@code <Payment>}/{@code <Prepay>}
 * and {@code sum}/{@code amount}/{@code cardcode}/{@code interface} are assumed (INF). Lookups ignore case.
 */
final class OrderReader {

    private OrderReader() {
    }

    static OrderInfo read(XmlNode order) {
        return new OrderInfo(Values.text(order.attr("guid")), Values.text(order.attr("visit")),
                Values.text(order.attr("orderIdent")), ref(order, "Table"), ref(order, "Waiter"),
                ref(order, "Station"), Values.kopecks(order.attr("orderSum")), Values.flag(order.attr("paid")),
                Values.flag(order.attr("finished")), Values.flag(order.attr("billExists")), dishes(order),
                discounts(order), payments(order),
                !order.descendants("Session").isEmpty() || !order.descendants("Dish").isEmpty());
    }

    private static Ref ref(XmlNode order, String element) {
        return order.child(element).map(Ref::of).orElse(null);
    }

    private static List<DishLine> dishes(XmlNode order) {
        List<DishLine> dishes = new ArrayList<>();
        for (XmlNode dish : order.descendants("Dish")) {
            long quantity = Values.milli(dish.attr("quantity"));
            long price = Values.kopecks(dish.attr("price"));
            long sum = amount(dish);
            dishes.add(new DishLine(uni(dish, dishes.size()), Values.text(dish.attr("id")),
                    Values.text(dish.attr("code")), Values.text(dish.attr("name")), quantity, price,
                    sum != 0 ? sum : DishLine.priced(price, quantity), dish.child("Void").isPresent()));
        }
        return dishes;
    }

    private static List<DiscountLine> discounts(XmlNode order) {
        List<DiscountLine> discounts = new ArrayList<>();
        for (XmlNode discount : order.descendants("Discount")) {
            discounts.add(new DiscountLine(uni(discount, discounts.size()), Values.text(discount.attr("id")),
                    Values.text(discount.attr("code")), Values.text(discount.attr("name")), amount(discount),
                    Values.text(discount.attr("cardCode")), Values.text(discount.attr("interface"))));
        }
        return discounts;
    }

    private static List<PaymentLine> payments(XmlNode order) {
        List<XmlNode> nodes = new ArrayList<>(order.descendants("Payment"));
        nodes.addAll(order.descendants("Prepay"));
        List<PaymentLine> payments = new ArrayList<>();
        for (XmlNode payment : nodes) {
            payments.add(new PaymentLine(uni(payment, payments.size()), Values.text(payment.attr("id")),
                    Values.text(payment.attr("code")), Values.text(payment.attr("name")), amount(payment)));
        }
        return payments;
    }

    private static long amount(XmlNode node) {
        long sum = Values.kopecks(node.attr("sum"));
        return sum != 0 ? sum : Values.kopecks(node.attr("amount"));
    }

    /** The line's {@code uni}, or a positional stand-in so lines without one still get distinct keys. */
    private static String uni(XmlNode node, int index) {
        String uni = Values.text(node.attr("uni"));
        return uni != null ? uni : "#" + index;
    }
}
