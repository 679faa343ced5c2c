package io.kopilka.pos.rkeeper.internal.farcards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlWriterTest {

    @Test
    void escapesLikeLibxml() {
        String xml = new XmlWriter().start("A").attribute("v", "a&b<c>d\"e'f\ng\r\th").text("x<y&\"z\"\n")
                .end("A").toString();

        assertEquals(XmlWriter.DECLARATION
                + "<A v=\"a&amp;b&lt;c&gt;d&quot;e'f&#10;g&#13;&#9;h\">x&lt;y&amp;\"z\"\n</A>", xml);
    }

    @Test
    void dropsCharactersXmlCannotCarryAndKeepsSupplementaryOnes() {
        String xml = new XmlWriter().start("A").attribute("v", "a\u0000b\u0007c\uFFFEd\uD800e😀").end("A").toString();

        assertEquals(XmlWriter.DECLARATION + "<A v=\"abcde😀\"/>", xml);
    }

    @Test
    void keepsLineBreaksInAttributesThroughAParser() throws FarCardsProtocolException {
        byte[] xml = new XmlWriter().start("A").attribute("slip", "line 1\nline 2\r\n\tend").end("A").toBytes();

        XmlElement parsed = new SafeXmlParser(FarCardsLimits.DEFAULT).parse(xml);

        assertEquals("line 1\nline 2\r\n\tend", parsed.attributes().get("slip"));
    }

    @Test
    void fitsTextsByCodePoint() {
        assertEquals("", Texts.fit(null, 3));
        assertEquals("абв", Texts.fit("абвгд", 3));
        assertEquals("a😀", Texts.fit("a😀b", 2));
    }
}
