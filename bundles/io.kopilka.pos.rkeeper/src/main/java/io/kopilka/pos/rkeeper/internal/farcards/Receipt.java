package io.kopilka.pos.rkeeper.internal.farcards;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The cash document ("XML description of a cash document for provision to external systems", S7/S8) that r_keeper
 * sends in INPBUF: the {@code CHECK} element's header, the loyalty interfaces with their cards, and the order data.
 * All strings are as sent (empty when absent); nothing here is trusted for money, see {@link ReceiptMoneyUnit}.
 *
 * @param stationCode {@code CHECK/@stationcode} (official, S1)
 * @param restaurantCode {@code CHECK/@restaurantcode}: the full r_keeper restaurant code (official, S1)
 * @param cashServerName {@code CHECK/@cashservername} (official, S1)
 * @param generatedAt {@code CHECK/@generateddatetime}, raw: the official example is not a valid date-time (S1)
 * @param chmode {@code CHECK/@chmode}: 0 no receipt, 1 payment, 2 payment rollback, 3 return, 4 return rollback,
 *        5 order, 6 pre-check, 7 calculation, 8 card info print, ... 13 before transactions (T5)
 * @param interfaces {@code EXTINFO/INTERFACES/INTERFACE} (official, S1/S7)
 * @param data {@code CHECKDATA}, {@link CheckData#EMPTY} when absent (S9: empty e.g. for a balance check)
 * @param attributes every {@code CHECK} attribute as sent (locale, shiftdate, shiftnum, clientapp, ...; T5)
 */
public record Receipt(String stationCode, String restaurantCode, String cashServerName, String generatedAt,
        OptionalInt chmode, List<LoyaltyInterface> interfaces, CheckData data, Map<String, String> attributes) {

    /** Copies the collections. */
    public Receipt {
        interfaces = List.copyOf(interfaces);
        attributes = Map.copyOf(attributes);
    }

    /**
     * One {@code INTERFACE} the XML is meant for.
     *
     * @param type e.g. {@code PDS} (official example)
     * @param id the interface's id
     * @param mode meaning not documented in any readable source
     * @param current {@code current=}: internal id of the interface the XML is generated for (S7); "" if absent
     * @param holderCards {@code HOLDERS/ITEM/@cardcode}: the triggering card and the cards already added through
     *        this interface (S9)
     */
    public record LoyaltyInterface(String type, String id, String mode, String current, List<String> holderCards) {

        /** Copies the list. */
        public LoyaltyInterface {
            holderCards = List.copyOf(holderCards);
        }
    }
}
