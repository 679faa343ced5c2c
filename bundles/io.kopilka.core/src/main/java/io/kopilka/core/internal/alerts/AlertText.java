package io.kopilka.core.internal.alerts;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kopilka.api.pos.PosEvent;

/**
 * The text of an alert about one POS event, as a staff chat shows it: the title of its kind, the venue and local
 * time, then whatever the event names (station, employee, order and table, receipt, the lines involved, the amount),
 * one fact a line, money in roubles to the kopeck. Facts the event lacks are left out. Never throws: an alert must
 * not stop its event from being stored.
 */
final class AlertText {

    /** A line of the {@code lines} detail as POS plugins write it: {@code Борщ ×1 = 298.00}. */
    private static final Pattern LINE_AMOUNT = Pattern.compile("^(.*) = (-?)(\\d{1,15})\\.(\\d{2})$");

    private final ZoneId zone;

    AlertText(ZoneId zone) {
        this.zone = zone;
    }

    String render(PosEvent e, String venueName) {
        Map<String, String> d = e.details();
        List<String> out = new ArrayList<>();
        out.add(AlertTitles.of(e.kind()));
        out.add(venueName + ", " + Times.dateTime(e.at(), zone));
        add(out, "Станция", station(d));
        add(out, "Сотрудник", e.employee() != null ? e.employee() : d.get("employeeName"));
        add(out, "Заказ", order(e, d));
        add(out, "Чек", e.receiptId());
        addLines(out, linesLabel(e.kind()), lines(d.get("lines")));
        if (e.amount() != 0) {
            out.add("Сумма: " + Money.rub(e.amount()));
        }
        return String.join("\n", out);
    }

    private static void add(List<String> out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.add(label + ": " + value);
        }
    }

    /** One line inline; several as a list under the label. */
    private static void addLines(List<String> out, String label, List<String> lines) {
        if (lines.size() == 1) {
            out.add(label + ": " + lines.get(0));
        } else if (!lines.isEmpty()) {
            out.add(label + ":");
            lines.forEach(line -> out.add("• " + line));
        }
    }

    private static String station(Map<String, String> d) {
        String name = d.get("stationName");
        String code = d.get("station");
        if (name == null) {
            return code;
        }
        return code == null || code.equals(name) ? name : name + " (" + code + ")";
    }

    /** {@code visit/orderIdent} when the POS numbers orders so, else its order id; with the table if known. */
    private static String order(PosEvent e, Map<String, String> d) {
        String ident = d.get("orderIdent");
        String visit = d.get("visit");
        String order = ident == null ? e.orderId() : visit == null ? ident : visit + "/" + ident;
        String table = d.get("table");
        if (table == null) {
            return order;
        }
        return order == null ? "стол " + table : order + ", стол " + table;
    }

    private static String linesLabel(String kind) {
        if (kind.contains("DISCOUNT")) {
            return "Скидки";
        }
        return kind.equals("RECEIPT_ANNULLED") ? "Оплаты" : "Блюда";
    }

    /** The lines of the detail, amounts written as money: {@code Борщ ×1 = 298,00 ₽}. */
    static List<String> lines(String lines) {
        if (lines == null || lines.isBlank()) {
            return List.of();
        }
        List<String> written = new ArrayList<>();
        for (String line : lines.split("; ")) {
            Matcher m = LINE_AMOUNT.matcher(line);
            if (m.matches()) {
                long minor = Long.parseLong(m.group(3) + m.group(4));
                written.add(m.group(1) + " = " + Money.rub(m.group(2).isEmpty() ? minor : -minor));
            } else {
                written.add(line);
            }
        }
        return written;
    }
}
