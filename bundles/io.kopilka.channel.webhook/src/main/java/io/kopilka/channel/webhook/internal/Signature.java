package io.kopilka.channel.webhook.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}. The receiver recomputes
 * it with the shared secret and refuses old timestamps, so a captured call cannot be replayed later.
 */
public final class Signature {

    public static final String HEADER = "X-Kopilka-Signature";

    private Signature() {
    }

    public static String sign(String secret, long unixSeconds, String body) {
        return sign(secret.getBytes(StandardCharsets.UTF_8), unixSeconds, body);
    }

    public static String sign(byte[] secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    /** Whether a header value is a valid signature of {@code body} (for receivers and tests). */
    public static boolean verify(String secret, String header, String body) {
        if (header == null || !header.matches("t=\\d+,v1=[0-9a-f]{64}")) {
            return false;
        }
        String t = header.substring(2, header.indexOf(','));
        String expected = hmac(secret.getBytes(StandardCharsets.UTF_8), t + "." + body);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                header.substring(header.indexOf("v1=") + 3).getBytes(StandardCharsets.US_ASCII));
    }

    private static String hmac(byte[] secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from the JVM", e);
        }
    }
}
