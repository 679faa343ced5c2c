package io.kopilka.pos.rkeeper.internal.events;

/**
 * A line an event is about: a dish (with the quantity involved), a discount or a payment.
 *
 * @param uni the line's unique number within its order
 * @param code the dish, discount or currency code
 * @param name its name
 * @param quantityMilli the quantity involved in thousandths of a portion (0 for discounts and payments)
 * @param amountKopecks the amount involved in kopecks
 */
public record EventLine(String uni, String code, String name, long quantityMilli, long amountKopecks) {

    static EventLine of(DishLine dish, long milli) {
        return new EventLine(dish.uni(), dish.code(), dish.name(), milli, dish.amountOf(milli));
    }

    static EventLine of(DiscountLine discount) {
        return new EventLine(discount.uni(), discount.code(), discount.name(), 0, discount.sumKopecks());
    }

    static EventLine of(PaymentLine payment) {
        return new EventLine(payment.uni(), payment.code(), payment.name(), 0, payment.sumKopecks());
    }
}
