package io.kopilka.pos.rkeeper.internal.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns an HTTPOrderNotify body into a {@link Notification}, or refuses it with a {@link ParseError}. It never
 * throws: hostile input (DOCTYPE, external entities, entity bombs, oversize, deep nesting) and malformed input come
 * back as {@link ParseResult.Rejected}. Thread-safe.
 */
public final class NotificationParser {

    private final SafeXml xml;

    public NotificationParser() {
        this(ParserLimits.DEFAULTS);
    }

    public NotificationParser(ParserLimits limits) {
        this.xml = new SafeXml(limits);
    }

    public ParseResult parse(byte[] body) {
        try {
            XmlNode root = xml.read(body);
            return new ParseResult.Parsed(read(root, digest(body)));
        } catch (XmlRejected e) {
            return new ParseResult.Rejected(e.error(), e.getMessage());
        } catch (RuntimeException e) {
            return new ParseResult.Rejected(ParseError.MALFORMED, e.getClass().getSimpleName());
        }
    }

    /** Parses the text as UTF-8, for tests and tools. */
    public ParseResult parse(String body) {
        return parse(body.getBytes(StandardCharsets.UTF_8));
    }

    private static Notification read(XmlNode root, String digest) throws XmlRejected {
        if (!root.is("a")) {
            throw new XmlRejected(ParseError.NOT_A_NOTIFICATION, "root element <" + root.name() + ">");
        }
        String restCode = Values.text(root.attr("RestCode"));
        if (restCode == null) {
            throw new XmlRejected(ParseError.NO_RESTAURANT, "no RestCode");
        }
        OrderInfo order = root.child("Order").map(OrderReader::read).orElse(null);
        Ref station = root.child("Station").map(Ref::of).orElse(order == null ? null : order.station());
        Long situation = Values.integer(root.attr("Situation"));
        return new Notification(restCode, Values.text(root.attr("DateTime")), Values.dateTime(root.attr("DateTime")),
                situation == null ? -1 : situation.intValue(), Values.text(root.attr("seqnumber")),
                Values.text(root.attr("guid")), Values.text(root.attr("name")), Values.integer(root.attr("ShiftNum")),
                Values.date(root.attr("ShiftDate")), root.child("Server").map(Ref::of).orElse(null), station, order,
                changes(root), digest);
    }

    private static List<DishChange> changes(XmlNode root) {
        List<DishChange> changes = new ArrayList<>();
        root.child("ChangeLog").ifPresent(log -> log.children("Dish").forEach(row -> changes.add(new DishChange(
                Values.text(row.attr("uni")), Values.text(row.attr("id")), Values.text(row.attr("code")),
                Values.text(row.attr("name")), Values.milli(row.attr("oldvalue")), Values.milli(row.attr("newvalue")),
                Boolean.TRUE.equals(Values.flag(row.attr("new")))))));
        return changes;
    }

    static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
