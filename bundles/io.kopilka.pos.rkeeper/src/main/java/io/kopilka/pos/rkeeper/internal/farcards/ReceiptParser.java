package io.kopilka.pos.rkeeper.internal.farcards;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the receipt XML out of an {@code INPBUF} element into a {@link Receipt}. Lenient by design: the receipt is
 * context, not money of record, its full attribute tables were not readable (doc §7), and r_keeper may add configured
 * attributes; so unknown elements and attributes are ignored and unreadable values become empty or 0, never an error.
 */
final class ReceiptParser {

    private final ReceiptMoneyUnit unit;

    ReceiptParser(ReceiptMoneyUnit unit) {
        this.unit = unit;
    }

    /** The receipt in {@code inpBuf} (its {@code CHECK} child), or empty when there is none. */
    Optional<Receipt> parse(XmlElement inpBuf) {
        return inpBuf.child("CHECK").map(this::check);
    }

    private Receipt check(XmlElement check) {
        List<Receipt.LoyaltyInterface> interfaces = check.child("EXTINFO")
                .flatMap(e -> e.child("INTERFACES"))
                .map(e -> e.childrenNamed("INTERFACE").stream().map(ReceiptParser::loyaltyInterface).toList())
                .orElse(List.of());
        CheckData data = check.child("CHECKDATA").map(this::checkData).orElse(CheckData.EMPTY);
        return new Receipt(check.attributeOrEmpty("stationcode"), check.attributeOrEmpty("restaurantcode"),
                check.attributeOrEmpty("cashservername"), check.attributeOrEmpty("generateddatetime"),
                smallInt(check.attributeOrEmpty("chmode")), interfaces, data, check.attributes());
    }

    private static Receipt.LoyaltyInterface loyaltyInterface(XmlElement e) {
        List<String> cards = e.child("HOLDERS")
                .map(h -> h.childrenNamed("ITEM").stream().map(i -> i.attributeOrEmpty("cardcode")).toList())
                .orElse(List.of());
        return new Receipt.LoyaltyInterface(e.attributeOrEmpty("type"), e.attributeOrEmpty("id"),
                e.attributeOrEmpty("mode"), e.attributeOrEmpty("current"), cards);
    }

    private CheckData checkData(XmlElement d) {
        return new CheckData(d.attributeOrEmpty("ordernum"), d.attributeOrEmpty("orderguid"),
                d.attributeOrEmpty("quests", "guests"), d.attributeOrEmpty("checknum"),
                d.attributeOrEmpty("tablename"), d.attributeOrEmpty("checkguid"),
                items(d, "CHECKPERSONS", "PERSON").stream().map(ReceiptParser::person).toList(),
                items(d, "CHECKLINES", "LINE").stream().map(this::line).toList(),
                items(d, "CHECKDISCOUNTS", "DISCOUNT").stream().map(this::discount).toList(),
                items(d, "BONUSES", "BONUS").stream().map(this::discount).toList(),
                items(d, "CHECKPAYMENTS", "PAYMENT").stream().map(this::payment).toList(),
                d.attributes());
    }

    private static List<XmlElement> items(XmlElement data, String group, String item) {
        return data.child(group).map(g -> g.childrenNamed(item)).orElse(List.of());
    }

    private static CheckData.Person person(XmlElement e) {
        return new CheckData.Person(e.attributeOrEmpty("id"), e.attributeOrEmpty("name"), e.attributeOrEmpty("role"),
                e.attributeOrEmpty("code"));
    }

    private CheckData.Line line(XmlElement e) {
        BigDecimal quantity = ReceiptMoneyUnit.decimal(e.attributeOrEmpty("quantity")).orElse(BigDecimal.ZERO);
        return new CheckData.Line(e.attributeOrEmpty("id"), e.attributeOrEmpty("uni"), e.attributeOrEmpty("parent"),
                e.attributeOrEmpty("name"), e.attributeOrEmpty("type"), e.attributeOrEmpty("code"), quantity,
                kopecks(e, "price"), kopecks(e, "sum"), e.attributes());
    }

    private CheckData.Discount discount(XmlElement e) {
        return new CheckData.Discount(e.attributeOrEmpty("id"), e.attributeOrEmpty("code"), e.attributeOrEmpty("name"),
                kopecks(e, "sum"), e.attributeOrEmpty("cardcode"), e.attributeOrEmpty("interface"),
                e.attributeOrEmpty("uni"), e.attributeOrEmpty("objectuni"), e.attributes());
    }

    private CheckData.Payment payment(XmlElement e) {
        return new CheckData.Payment(e.attributeOrEmpty("code"), e.attributeOrEmpty("name"), kopecks(e, "sum"),
                kopecks(e, "bsum"), e.attributeOrEmpty("interface"), e.attributeOrEmpty("cardcode"),
                e.attributeOrEmpty("uni"), e.attributeOrEmpty("paytype"), e.attributes());
    }

    private long kopecks(XmlElement e, String attribute) {
        return unit.toKopecks(e.attributeOrEmpty(attribute));
    }

    private static OptionalInt smallInt(String raw) {
        String text = raw.trim();
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(text));
    }
}
