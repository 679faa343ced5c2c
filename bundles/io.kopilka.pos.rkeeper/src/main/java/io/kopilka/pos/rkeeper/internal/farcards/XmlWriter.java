package io.kopilka.pos.rkeeper.internal.farcards;

import java.nio.charset.StandardCharsets;

/**
 * Writes the response XML by hand so the bytes are exactly V1's: {@code <?xml version="1.0" encoding="utf-8"?>}, a
 * newline, then the elements with no whitespace between them, empty elements as {@code <X a="1"/>}. Attribute values
 * are escaped like libxml2 (which V1's PHP used), including {@code &#10;} for line breaks so multi-line slips survive
 * attribute normalisation. Characters XML cannot carry are dropped. Not thread-safe; one per response.
 */
final class XmlWriter {

    /** The declaration V1 writes (lower-case utf-8), followed by a newline. */
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

    private final StringBuilder out = new StringBuilder(256);
    private boolean tagOpen;

    XmlWriter() {
        out.append(DECLARATION);
    }

    /** Opens {@code <name}; attributes may follow until the next call of another kind. */
    XmlWriter start(String name) {
        closeStartTag();
        out.append('<').append(name);
        tagOpen = true;
        return this;
    }

    XmlWriter attribute(String name, String value) {
        if (!tagOpen) {
            throw new IllegalStateException("attribute outside a start tag: " + name);
        }
        out.append(' ').append(name).append("=\"");
        escape(value == null ? "" : value, true);
        out.append('"');
        return this;
    }

    XmlWriter attribute(String name, long value) {
        return attribute(name, Long.toString(value));
    }

    XmlWriter attribute(String name, boolean value) {
        return attribute(name, value ? "1" : "0");
    }

    /** Character content of the current element. */
    XmlWriter text(String value) {
        closeStartTag();
        escape(value == null ? "" : value, false);
        return this;
    }

    /** Closes the current element: {@code />} if nothing was written inside it, otherwise {@code </name>}. */
    XmlWriter end(String name) {
        if (tagOpen) {
            out.append("/>");
            tagOpen = false;
        } else {
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /** Inserts an already written fragment (its declaration removed) at the current position. */
    XmlWriter fragment(XmlWriter other) {
        closeStartTag();
        out.append(other.out, DECLARATION.length(), other.out.length());
        return this;
    }

    /** UTF-8 length of the body without the declaration. */
    int bodyLength() {
        return out.substring(DECLARATION.length()).getBytes(StandardCharsets.UTF_8).length;
    }

    byte[] toBytes() {
        return toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void closeStartTag() {
        if (tagOpen) {
            out.append('>');
            tagOpen = false;
        }
    }

    private void escape(String value, boolean inAttribute) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                case '"' -> out.append(inAttribute ? "&quot;" : "\"");
                case '\n' -> out.append(inAttribute ? "&#10;" : "\n");
                case '\t' -> out.append(inAttribute ? "&#9;" : "\t");
                default -> {
                    if (isXmlChar(cp)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
    }

    private static boolean isXmlChar(int cp) {
        return cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
