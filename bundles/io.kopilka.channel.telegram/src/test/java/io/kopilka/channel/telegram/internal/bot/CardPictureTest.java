package io.kopilka.channel.telegram.internal.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The card picture is read back by a QR scanner and a 1D scanner as the card's number. */
class CardPictureTest {

    @ParameterizedTest
    @ValueSource(strings = {"1000001", "4829104738291047382", "7770001"})
    void bothCodesReadBackAsTheCardNumber(String card) throws Exception {
        byte[] png = CardPicture.png(card);
        assertTrue(png.length > 500 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG");
        assertEquals(card, Barcodes.read(png, BarcodeFormat.QR_CODE));
        assertEquals(card, Barcodes.read(png, BarcodeFormat.CODE_128));
    }
}
