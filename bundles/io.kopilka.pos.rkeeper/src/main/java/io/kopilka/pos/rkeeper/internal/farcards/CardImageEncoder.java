package io.kopilka.pos.rkeeper.internal.farcards;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns a {@link CardImage} into the GetCardImageEx body. FarCards takes BMP, JPEG or GIF (T1), so those pass
 * through as they are and PNG is re-encoded as JPEG (transparency on white). Content types are the standard ones
 * ({@code image/jpeg}, not V1's {@code image/jpg}; INF). Works in memory only, with a pixel bound.
 */
final class CardImageEncoder {

    /** The encoded picture. */
    record Encoded(String contentType, byte[] bytes) {
    }

    private static final int MAX_SIDE = 8192;
    private static final long MAX_PIXELS = 16L * 1024 * 1024;

    private CardImageEncoder() {
    }

    /** @throws FarCardsProtocolException {@link FarCardsError#INVALID_BACKEND_ANSWER} if not a usable image */
    static Encoded encode(CardImage image) throws FarCardsProtocolException {
        if (startsWith(image, 0xFF, 0xD8, 0xFF)) {
            return new Encoded("image/jpeg", image.bytes());
        }
        if (startsWith(image, 'G', 'I', 'F', '8')) {
            return new Encoded("image/gif", image.bytes());
        }
        if (startsWith(image, 'B', 'M')) {
            return new Encoded("image/bmp", image.bytes());
        }
        if (startsWith(image, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return new Encoded("image/jpeg", pngToJpeg(image.bytes()));
        }
        throw new FarCardsProtocolException(FarCardsError.INVALID_BACKEND_ANSWER, "image is not PNG/JPEG/GIF/BMP");
    }

    private static byte[] pngToJpeg(byte[] png) throws FarCardsProtocolException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(png))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
            if (!readers.hasNext()) {
                throw new IOException("no PNG reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new IOException("image too large: " + width + "x" + height);
                }
                return jpeg(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new FarCardsProtocolException(FarCardsError.INVALID_BACKEND_ANSWER, "PNG: " + e.getMessage(), e);
        }
    }

    private static byte[] jpeg(BufferedImage source) throws IOException {
        BufferedImage rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            if (!ImageIO.write(rgb, "jpeg", out)) {
                throw new IOException("no JPEG writer");
            }
        }
        return bytes.toByteArray();
    }

    private static boolean startsWith(CardImage image, int... magic) {
        if (image.length() < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((image.at(i) & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
