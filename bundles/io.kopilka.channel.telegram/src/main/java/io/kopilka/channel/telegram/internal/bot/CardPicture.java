package io.kopilka.channel.telegram.internal.bot;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Draws the virtual card for a phone screen: a QR code of the card number above a CODE 128 barcode of it, black on
 * white with quiet zones, so that a cashier's 2D scanner or an older 1D scanner reads it back. (CODE 128, not EAN-13:
 * virtual cards have 19 digits.) No text is drawn: servers often have no fonts; the caption carries the number.
 */
public final class CardPicture {

    static final int WIDTH = 480;
    static final int QR_SIZE = 320;
    static final int BARCODE_HEIGHT = 120;
    private static final int GAP = 16;

    private CardPicture() {
    }

    /** A PNG of the card number as a QR code and a barcode. */
    public static byte[] png(String cardNumber) {
        try {
            BitMatrix qr = new QRCodeWriter().encode(cardNumber, BarcodeFormat.QR_CODE, QR_SIZE, QR_SIZE,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            BitMatrix bars = new Code128Writer().encode(cardNumber, BarcodeFormat.CODE_128, WIDTH - 2 * GAP,
                    BARCODE_HEIGHT, Map.of(EncodeHintType.MARGIN, 12));
            BufferedImage image = new BufferedImage(WIDTH, GAP + qr.getHeight() + GAP + bars.getHeight() + GAP,
                    BufferedImage.TYPE_BYTE_GRAY);
            fillWhite(image);
            draw(image, qr, (WIDTH - qr.getWidth()) / 2, GAP);
            draw(image, bars, (WIDTH - bars.getWidth()) / 2, GAP + qr.getHeight() + GAP);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot draw card " + cardNumber + " as QR code and barcode", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fillWhite(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, 0xFFFFFF);
            }
        }
    }

    private static void draw(BufferedImage image, BitMatrix matrix, int left, int top) {
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y) && left + x < image.getWidth()) {
                    image.setRGB(left + x, top + y, 0x000000);
                }
            }
        }
    }
}
