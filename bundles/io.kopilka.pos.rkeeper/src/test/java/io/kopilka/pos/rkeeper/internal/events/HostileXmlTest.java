package io.kopilka.pos.rkeeper.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken bodies come back as a clean {@link ParseResult.Rejected}, never an exception or a leak. */
class HostileXmlTest {

    private static final String SECRET = "kopilka-secret-7f3a";

    private final NotificationParser parser = new NotificationParser();

    @TempDir
    Path dir;

    private ParseResult.Rejected rejected(String xml) {
        return rejected(xml.getBytes(StandardCharsets.UTF_8));
    }

    private ParseResult.Rejected rejected(byte[] body) {
        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parser.parse(body));
        ParseResult.Rejected rejected = assertInstanceOf(ParseResult.Rejected.class, result);
        assertFalse(String.valueOf(rejected.detail()).contains(SECRET), "the detail leaks the file");
        return rejected;
    }

    private Path secretFile() throws IOException {
        Path file = dir.resolve("secret.txt");
        Files.writeString(file, SECRET);
        return file;
    }

    @Test
    void externalEntityToALocalFileIsRefused() throws IOException {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY xxe SYSTEM \"" + secretFile().toUri() + "\">]>"
                + "<a RestCode=\"&xxe;\" name=\"&xxe;\"/>";
        assertEquals(ParseError.DOCTYPE_FORBIDDEN, rejected(xml).error());
    }

    @Test
    void externalEntityWithoutADoctypeIsRefused() {
        assertEquals(ParseError.MALFORMED, rejected("<a RestCode=\"&xxe;\"/>").error());
        assertEquals(ParseError.ENTITY_FORBIDDEN, rejected("<a RestCode=\"1\">&xxe;</a>").error());
    }

    @Test
    void parameterEntityAndExternalDtdAreRefused() throws IOException {
        String parameter = "<!DOCTYPE a [<!ENTITY % p SYSTEM \"" + secretFile().toUri() + "\"> %p;]><a RestCode='1'/>";
        assertEquals(ParseError.DOCTYPE_FORBIDDEN, rejected(parameter).error());
        String external = "<!DOCTYPE a SYSTEM \"http://127.0.0.1:1/evil.dtd\"><a RestCode='1'/>";
        assertEquals(ParseError.DOCTYPE_FORBIDDEN, rejected(external).error());
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE a [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = dtd.append("]><a RestCode=\"1\" name=\"&lol9;\">&lol9;</a>").toString();
        assertEquals(ParseError.DOCTYPE_FORBIDDEN, rejected(xml).error());
    }

    @Test
    void anyDoctypeIsRefused() {
        assertEquals(ParseError.DOCTYPE_FORBIDDEN, rejected("<!DOCTYPE a><a RestCode='1'/>").error());
    }

    @Test
    void oversizeIsRefusedBeforeParsing() {
        byte[] body = new byte[ParserLimits.DEFAULTS.maxBytes() + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        assertEquals(ParseError.TOO_LARGE, rejected(body).error());
    }

    @Test
    void deepNestingAndElementFloodsAreRefused() {
        String deep = "<a RestCode='1'>" + "<x>".repeat(40) + "</x>".repeat(40) + "</a>";
        assertEquals(ParseError.TOO_DEEP, rejected(deep).error());
        NotificationParser small = new NotificationParser(new ParserLimits(1 << 20, 32, 100));
        ParseResult result = small.parse("<a RestCode='1'>" + "<Item/>".repeat(200) + "</a>");
        assertEquals(ParseError.TOO_MANY_ELEMENTS, assertInstanceOf(ParseResult.Rejected.class, result).error());
    }

    @Test
    void brokenBodiesAreRefused() {
        assertEquals(ParseError.EMPTY, rejected(new byte[0]).error());
        assertEquals(ParseError.EMPTY, rejected((byte[]) null).error());
        assertEquals(ParseError.MALFORMED, rejected("not xml at all").error());
        assertEquals(ParseError.MALFORMED, rejected("<a RestCode='1'>").error());
        assertEquals(ParseError.MALFORMED, rejected("<a RestCode='1'/><b/>").error());
        assertEquals(ParseError.MALFORMED, rejected(new byte[] {0, (byte) 0xFF, 0x3C, 0x00, 0x7F}).error());
        assertEquals(ParseError.MALFORMED, rejected("   ").error());
    }

    @Test
    void theRefusalDetailIsShort() {
        String detail = rejected("<a RestCode='1'>" + "x".repeat(10_000)).detail();
        assertTrue(detail.length() <= 200, detail);
    }
}
