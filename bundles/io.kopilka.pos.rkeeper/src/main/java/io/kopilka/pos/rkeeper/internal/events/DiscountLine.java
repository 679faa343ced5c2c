package io.kopilka.pos.rkeeper.internal.events;

/**
 * A discount (or markup) line of an order. Element and attribute names are assumed (INF) after the receipt-XML
 * standard's DISCOUNT, where the official rule (S7) is that an interface puts its id in {@code interface} and the
 * card in {@code cardcode} for operations it took part in.
 *
 * @param uni the line's unique number within the order
 * @param id the discount's r_keeper id
 * @param code the discount's code
 * @param name the discount's name
 * @param sumKopecks the discount's amount in kopecks, as sent (r_keeper shows discounts negative)
 * @param cardCode the loyalty card the discount came with, or {@code null}
 * @param interfaceId the id of the interface (FarCards, PDS) that added it, or {@code null}
 */
public record DiscountLine(String uni, String id, String code, String name, long sumKopecks, String cardCode,
        String interfaceId) {

    /** Whether a loyalty system added it: it names a card or an interface. */
    public boolean loyalty() {
        return cardCode != null || interfaceId != null;
    }
}
