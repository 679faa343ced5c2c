package io.kopilka.pos.rkeeper.internal.events;

/**
 * A payment or prepayment line of an order ({@code <Payment>}/{@code <Prepay>}; names assumed, INF).
 *
 * @param uni the line's unique number within the order
 * @param id the currency's r_keeper id
 * @param code the currency's code
 * @param name the currency's name (cash, bank card, ...)
 * @param sumKopecks the amount in kopecks
 */
public record PaymentLine(String uni, String id, String code, String name, long sumKopecks) {
}
