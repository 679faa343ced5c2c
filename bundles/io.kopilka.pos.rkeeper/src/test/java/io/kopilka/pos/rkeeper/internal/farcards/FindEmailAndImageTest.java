package io.kopilka.pos.rkeeper.internal.farcards;

import static io.kopilka.pos.rkeeper.internal.farcards.Wire.DECLARATION;
import static io.kopilka.pos.rkeeper.internal.farcards.Wire.post;
import static io.kopilka.pos.rkeeper.internal.farcards.Wire.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class FindEmailAndImageTest {

    private final InMemoryBackend backend = new InMemoryBackend()
            .email("director@ucs.ru", new EmailMatch(8002, 8002, "UCS director"));
    private final FarCardsServer server = new FarCardsServer(backend);

    @Test
    void findsAnEmailExactlyLikeV1() {
        FarCardsResponse response = server.handle(post("FindEmail", "<ROOT><QRY Email=\"director@ucs.ru\"/></ROOT>"));

        assertEquals(DECLARATION + "<Root><FindEmail Account=\"8002\" CardCode=\"8002\" Name=\"UCS director\" "
                + "Result=\"0\"/></Root>", text(response));
    }

    @Test
    void answersAnUnknownEmailExactlyLikeV1() {
        FarCardsResponse response = server.handle(post("FindEmail", "<ROOT><QRY Email=\"nobody@ucs.ru\"/></ROOT>"));

        assertEquals(DECLARATION + "<Root><FindEmail ErrorText=\"Email not found\" Result=\"1\"/></Root>",
                text(response));
        assertEquals(0, response.errorCode());
    }

    @Test
    void answersAMissingEmailWithTheInvalidRequestError() {
        FarCardsResponse response = server.handle(post("FindEmail", "<ROOT><QRY Email=\"  \"/></ROOT>"));

        assertEquals(DECLARATION + "<Root><FindEmail ErrorCode=\"9007\" ErrorText=\"Kopilka 9007: invalid request\" "
                + "Result=\"1\"/></Root>", text(response));
    }

    @Test
    void cutsTheNameToTheDllBuffer() {
        backend.email("a@b", new EmailMatch(1, 2, "Я".repeat(50)));

        FarCardsResponse response = server.handle(post("FindEmail", "<ROOT><QRY Email=\"a@b\"/></ROOT>"));

        assertEquals("Я".repeat(39), Wire.element(response).attributes().get("Name"));
    }

    @Test
    void sendsAPngAsJpegWithTransparencyOnWhite() throws IOException {
        BufferedImage argb = new BufferedImage(4, 3, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(1, 1, 0xFF000000);
        backend.image(8002, png(argb));

        FarCardsResponse response = server.handle(post("GetCardImageEx", "<ROOT><QRY CardCode=\"8002\"/></ROOT>"));

        assertEquals("image/jpeg", response.contentType());
        BufferedImage jpeg = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertNotNull(jpeg);
        assertEquals(4, jpeg.getWidth());
        assertEquals(3, jpeg.getHeight());
        assertEquals(0xFF, jpeg.getRGB(3, 0) & 0xFF, "transparent became white");
    }

    @Test
    void passesJpegGifAndBmpThrough() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2};
        byte[] gif = {'G', 'I', 'F', '8', '9', 'a'};
        byte[] bmp = {'B', 'M', 0, 0};
        backend.image(1, jpeg).image(2, gif).image(3, bmp);

        FarCardsResponse j = server.handle(post("GetCardImageEx", "<ROOT><QRY CardCode=\"1\"/></ROOT>"));
        FarCardsResponse g = server.handle(post("GetCardImageEx", "<ROOT><QRY CardCode=\"2\"/></ROOT>"));
        FarCardsResponse b = server.handle(post("GetCardImageEx", "<ROOT><QRY Card=\"3\"/></ROOT>"));

        assertEquals("image/jpeg", j.contentType());
        assertArrayEquals(jpeg, j.body());
        assertEquals("image/gif", g.contentType());
        assertArrayEquals(gif, g.body());
        assertEquals("image/bmp", b.contentType());
        assertArrayEquals(bmp, b.body());
    }

    @Test
    void answersAMissingImageExactlyLikeV1() {
        FarCardsResponse response = server.handle(post("GetCardImageEx", "<ROOT><QRY CardCode=\"5\"/></ROOT>"));

        assertEquals(DECLARATION + "<Root><GetCardImageEx ErrorText=\"Card or image not found\"/></Root>",
                text(response));
        assertEquals(FarCardsResponse.XML, response.contentType());
    }

    @Test
    void answersBytesThatAreNoImageWithTheInvalidAnswerError() {
        StubBackend stub = new StubBackend();
        stub.image = c -> Optional.of(CardImage.of("<html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        FarCardsResponse response = new FarCardsServer(stub)
                .handle(post("GetCardImageEx", "<ROOT><QRY CardCode=\"5\"/></ROOT>"));

        assertEquals(DECLARATION + "<Root><GetCardImageEx ErrorCode=\"9102\" ErrorText=\"Kopilka 9102: internal "
                + "error (invalid answer)\" Result=\"1\"/></Root>", text(response));
    }

    @Test
    void answersABrokenPngWithTheInvalidAnswerError() {
        byte[] broken = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0};
        backend.image(9, broken);

        FarCardsResponse response = server.handle(post("GetCardImageEx", "<ROOT><QRY CardCode=\"9\"/></ROOT>"));

        assertEquals(9102, response.errorCode());
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
