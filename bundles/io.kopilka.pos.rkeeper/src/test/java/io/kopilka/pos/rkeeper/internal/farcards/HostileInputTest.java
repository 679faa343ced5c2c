package io.kopilka.pos.rkeeper.internal.farcards;

import static io.kopilka.pos.rkeeper.internal.farcards.Wire.element;
import static io.kopilka.pos.rkeeper.internal.farcards.Wire.post;
import static io.kopilka.pos.rkeeper.internal.farcards.Wire.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HostileInputTest {

    private static final String SECRET = "TOPSECRET-5f3a";

    @TempDir
    Path dir;

    private final StubBackend backend = new StubBackend();
    private final FarCardsServer server = new FarCardsServer(backend);

    private Path secretFile() throws IOException {
        return Files.writeString(dir.resolve("secret.txt"), SECRET);
    }

    /** The error code answered by {@code function}, checked to be in that function's error shape. */
    private int errorOf(String function, byte[] body) {
        FarCardsResponse response = server.handle(post(function, body));
        assertFalse(text(response).contains(SECRET), "secret leaked: " + text(response));
        assertEquals(0, backend.calls.get(), "nothing reaches the backend");
        assertEquals(FarCardsResponse.XML, response.contentType());
        XmlElement answer = element(response);
        assertEquals(String.valueOf(response.errorCode()), answer.attributes().get("ErrorCode"));
        return response.errorCode();
    }

    private int errorOf(String function, String body) {
        return errorOf(function, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesAnExternalEntityWithoutReadingTheFile() throws Exception {
        String body = "<?xml version=\"1.0\"?><!DOCTYPE ROOT [<!ENTITY x SYSTEM \"" + secretFile().toUri() + "\">]>"
                + "<ROOT><QRY Card=\"1\" Email=\"a@b\" CardCode=\"1\"><N>&x;</N></QRY></ROOT>";
        String unhardened = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).getDocumentElement()
                .getTextContent();
        assertTrue(unhardened.contains(SECRET), "the payload works against a default parser");

        for (FarCardsFunction function : FarCardsFunction.values()) {
            if (function != FarCardsFunction.LICENSE_INFO) {
                assertEquals(9004, errorOf(function.wireName(), body), function.wireName());
            }
        }
    }

    @Test
    void refusesBillionLaughsQuickly() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE ROOT [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String body = dtd + "]><ROOT><QRY Card=\"1\"><N>&l10;</N></QRY></ROOT>";

        int code = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> errorOf("GetCardInfoEx", body));

        assertEquals(9004, code);
    }

    @Test
    void neverFetchesAnExternalDtdOrParameterEntity() throws Exception {
        try (ServerSocket listener = new ServerSocket(0)) {
            listener.setSoTimeout(300);
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/x.dtd";
            String external = "<!DOCTYPE ROOT SYSTEM \"" + url + "\"><ROOT><QRY Card=\"1\"/></ROOT>";
            String parameter = "<!DOCTYPE ROOT [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>"
                    + "<ROOT><QRY Email=\"a\"/></ROOT>";

            assertEquals(9004, errorOf("GetCardInfoEx", external));
            assertEquals(9004, errorOf("FindEmail", parameter));

            boolean contacted;
            try (var socket = listener.accept()) {
                contacted = true;
            } catch (SocketTimeoutException e) {
                contacted = false;
            }
            assertFalse(contacted, "the parser connected to fetch the DTD");
        }
    }

    @Test
    void refusesAPlainDoctype() {
        assertEquals(9004, errorOf("TransactionsEx", "<!DOCTYPE ROOT><ROOT/>"));
    }

    @Test
    void doesNotProcessXInclude() throws IOException {
        String body = "<ROOT xmlns:xi=\"http://www.w3.org/2001/XInclude\"><QRY Email=\"a@b\"><xi:include href=\""
                + secretFile().toUri() + "\" parse=\"text\"/></QRY></ROOT>";
        StubBackend stub = new StubBackend();
        stub.email = e -> {
            assertEquals("a@b", e);
            return java.util.Optional.empty();
        };

        FarCardsResponse response = new FarCardsServer(stub).handle(post("FindEmail", body));

        assertEquals("1", element(response).attributes().get("Result"));
        assertFalse(text(response).contains(SECRET));
        assertEquals(1, stub.calls.get(), "xi:include is an ordinary, ignored element");
    }

    @Test
    void refusesAnOversizedBody() {
        String body = "<ROOT><QRY Card=\"1\" Pad=\"" + "x".repeat(1 << 20) + "\"/></ROOT>";

        assertEquals(9002, errorOf("GetCardInfoEx", body));
    }

    @Test
    void stopsReadingAnEndlessStreamAtTheLimit() throws IOException {
        int[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'a';
            }
        };

        FarCardsRequest request = FarCardsRequest.read("GetCardInfoEx", Map.of(), endless, 1 << 20);
        FarCardsResponse response = server.handle(request);

        assertTrue(request.oversized());
        assertTrue(read[0] <= (1 << 20) + 1);
        assertEquals(9002, response.errorCode());
    }

    @Test
    void refusesTooDeepTooManyElementsAndTooManyAttributes() {
        String deep = "<a>".repeat(100) + "</a>".repeat(100);
        String wide = "<ROOT>" + "<a/>".repeat(20_001) + "</ROOT>";
        StringBuilder attributes = new StringBuilder("<ROOT");
        for (int i = 0; i < 300; i++) {
            attributes.append(" a").append(i).append("=\"1\"");
        }

        assertEquals(9005, errorOf("GetCardInfoEx", deep));
        assertEquals(9005, errorOf("TransactionsEx", wide));
        assertEquals(9005, errorOf("FindEmail", attributes + "/>"));
    }

    @Test
    void refusesMalformedXml() {
        assertEquals(9003, errorOf("GetCardInfoEx", "<ROOT><QRY Card=\"8002\"></ROOT>"));
        assertEquals(9003, errorOf("TransactionsEx", "hello"));
        assertEquals(9003, errorOf("FindEmail", "<ROOT><QRY Email=\"&x;\"/></ROOT>"));
        assertEquals(9003, errorOf("GetCardImageEx", "<ROOT/><ROOT/>"));
        assertEquals(9001, errorOf("GetCardInfoEx", new byte[0]));
    }

    @Test
    void refusesDeclaredEncodingsOtherThanUtf8() {
        byte[] cp1251 = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><ROOT><QRY Email=\"Иван\"/></ROOT>"
                .getBytes(java.nio.charset.Charset.forName("windows-1251"));
        String latin1 = "<?xml version='1.0' encoding='ISO-8859-1'?><ROOT><QRY Email=\"a\"/></ROOT>";
        byte[] utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><ROOT><QRY Email=\"a\"/></ROOT>"
                .getBytes(StandardCharsets.UTF_16);

        assertEquals(9006, errorOf("FindEmail", cp1251));
        assertEquals(9006, errorOf("FindEmail", latin1));
        assertEquals(9006, errorOf("FindEmail", utf16));
        assertEquals(9006, errorOf("FindEmail", "<ROOT><QRY Email=\"a\"/></ROOT>".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] prefix = "<ROOT><QRY Email=\"".getBytes(StandardCharsets.US_ASCII);
        byte[] cyrillicInCp1251 = {(byte) 0xC8, (byte) 0xE2, (byte) 0xE0, (byte) 0xED};
        byte[] suffix = "\"/></ROOT>".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[prefix.length + cyrillicInCp1251.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(cyrillicInCp1251, 0, body, prefix.length, cyrillicInCp1251.length);
        System.arraycopy(suffix, 0, body, prefix.length + cyrillicInCp1251.length, suffix.length);

        assertEquals(9006, errorOf("FindEmail", body));
    }

    @Test
    void acceptsUtf8WithOrWithoutDeclarationOrBom() {
        String[] bodies = {"<?xml version=\"1.0\" encoding=\"UTF-8\"?><ROOT><QRY Email=\"Иван@ucs.ru\"/></ROOT>",
            "<?xml version='1.0' encoding='utf-8' standalone='yes'?><ROOT><QRY Email=\"Иван@ucs.ru\"/></ROOT>",
            "<ROOT><QRY Email=\"Иван@ucs.ru\"/></ROOT>", "\uFEFF<ROOT><QRY Email=\"Иван@ucs.ru\"/></ROOT>"};
        for (String body : bodies) {
            StubBackend stub = new StubBackend();
            stub.email = e -> {
                assertEquals("Иван@ucs.ru", e);
                return java.util.Optional.empty();
            };

            FarCardsResponse response = new FarCardsServer(stub).handle(post("FindEmail", body));

            assertEquals(0, response.errorCode(), body);
            assertEquals(1, stub.calls.get(), body);
        }
    }

    @ParameterizedTest
    @EnumSource(FarCardsFunction.class)
    void answersGarbageInEveryFunctionsErrorShape(FarCardsFunction function) {
        if (function == FarCardsFunction.LICENSE_INFO) {
            return;
        }
        FarCardsResponse response = server.handle(post(function.wireName(), "<<<"));

        XmlElement answer = element(response);
        assertEquals(function.wireName(), answer.name());
        assertEquals(9003, response.errorCode());
        String expectedResult = function == FarCardsFunction.GET_CARD_INFO_EX ? "0" : "1";
        assertEquals(expectedResult, answer.attributes().get("Result"));
    }
}
