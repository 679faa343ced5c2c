package io.kopilka.pos.rkeeper.internal.farcards;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code CHECK/CHECKDATA}: the order's non-deleted dish lines, discounts, bonuses and payments (S9), with the element
 * and attribute names of T5's model of the official tables. Money is in kopecks as converted by the configured
 * {@link ReceiptMoneyUnit}; each item keeps all its raw attributes.
 *
 * @param orderNum {@code ordernum}
 * @param orderGuid {@code orderguid}
 * @param guests {@code quests} (sic, T5; read as guests) raw
 * @param checkNum {@code checknum}: empty when the XML carries the whole order (S7)
 * @param tableName {@code tablename}
 * @param checkGuid {@code checkguid}, a {@code {GUID}}
 * @param persons {@code CHECKPERSONS/PERSON}: cashier, waiter, ...
 * @param lines {@code CHECKLINES/LINE}
 * @param discounts {@code CHECKDISCOUNTS/DISCOUNT}: discounts already on the receipt
 * @param bonuses {@code BONUSES/BONUS}
 * @param payments {@code CHECKPAYMENTS/PAYMENT}
 * @param attributes every {@code CHECKDATA} attribute as sent
 */
public record CheckData(String orderNum, String orderGuid, String guests, String checkNum, String tableName,
        String checkGuid, List<Person> persons, List<Line> lines, List<Discount> discounts, List<Discount> bonuses,
        List<Payment> payments, Map<String, String> attributes) {

    /** No CHECKDATA (the short XML of a card lookup, S1/S9). */
    public static final CheckData EMPTY =
            new CheckData("", "", "", "", "", "", List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());

    /** Copies the collections. */
    public CheckData {
        persons = List.copyOf(persons);
        lines = List.copyOf(lines);
        discounts = List.copyOf(discounts);
        bonuses = List.copyOf(bonuses);
        payments = List.copyOf(payments);
        attributes = Map.copyOf(attributes);
    }

    /** The first person whose role equals {@code role} ignoring case (role values are not documented). */
    public Optional<Person> personWithRole(String role) {
        return persons.stream().filter(p -> p.role().equalsIgnoreCase(role)).findFirst();
    }

    /** {@code PERSON id name role code}. */
    public record Person(String id, String name, String role, String code) {
    }

    /**
     * {@code LINE}: a dish, combo, modifier or ticket.
     *
     * @param quantity {@code quantity} as a decimal (unit not documented), 0 if unreadable
     * @param priceKopecks {@code price}: list price before discounts and markups
     * @param sumKopecks {@code sum}: after discounts and markups
     * @param attributes all attributes, including configured extras (S9) and the raw money texts
     */
    public record Line(String id, String uni, String parent, String name, String type, String code,
            BigDecimal quantity, long priceKopecks, long sumKopecks, Map<String, String> attributes) {

        /** Copies the map. */
        public Line {
            attributes = Map.copyOf(attributes);
        }
    }

    /**
     * {@code DISCOUNT} or {@code BONUS}.
     *
     * @param interfaceId {@code interface}: external id of the interface that applied it (S7)
     * @param objectUni {@code objectuni}: the line it applies to; empty for a whole-receipt discount
     */
    public record Discount(String id, String code, String name, long sumKopecks, String cardCode, String interfaceId,
            String uni, String objectUni, Map<String, String> attributes) {

        /** Copies the map. */
        public Discount {
            attributes = Map.copyOf(attributes);
        }
    }

    /**
     * {@code PAYMENT}.
     *
     * @param baseSumKopecks {@code bsum}: amount in the base currency
     * @param payType {@code paytype}: 1 cash, 2 bank card, 3 other
     */
    public record Payment(String code, String name, long sumKopecks, long baseSumKopecks, String interfaceId,
            String cardCode, String uni, String payType, Map<String, String> attributes) {

        /** Copies the map. */
        public Payment {
            attributes = Map.copyOf(attributes);
        }
    }
}
