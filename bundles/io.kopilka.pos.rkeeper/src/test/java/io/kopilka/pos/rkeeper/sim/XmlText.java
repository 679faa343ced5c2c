package io.kopilka.pos.rkeeper.sim;

/** Writes XML the way r_keeper's cash server does: elements and attributes by hand, values escaped. */
final class XmlText {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

    private XmlText() {
    }

    /** Appends {@code  name="value"} if the value is not {@code null}. */
    static StringBuilder attr(StringBuilder xml, String name, Object value) {
        if (value != null) {
            xml.append(' ').append(name).append("=\"").append(escape(value.toString())).append('"');
        }
        return xml;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Kopecks as an r_keeper receipt-XML decimal in rubles: {@code 29800} → {@code 298.00}. */
    static String rubles(long kopecks) {
        String sign = kopecks < 0 ? "-" : "";
        long abs = Math.abs(kopecks);
        return sign + abs / 100 + "." + String.format("%02d", abs % 100);
    }
}
