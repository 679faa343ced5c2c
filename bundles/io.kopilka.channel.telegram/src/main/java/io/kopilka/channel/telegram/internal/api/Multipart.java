package io.kopilka.channel.telegram.internal.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A {@code multipart/form-data} body (RFC 7578), as the Bot API takes file uploads: text fields and files, each in
 * its own part. The boundary is random, so no content can contain it by chance.
 */
public final class Multipart {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final String boundary;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public Multipart() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        this.boundary = "kopilka-" + HexFormat.of().formatHex(bytes);
    }

    /** Adds a UTF-8 text field. */
    public Multipart field(String name, String value) {
        head("Content-Disposition: form-data; name=\"" + name + "\"\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n");
        body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(crlf());
        return this;
    }

    /** Adds a file. */
    public Multipart file(String name, String fileName, String contentType, byte[] content) {
        head("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n");
        body.writeBytes(content);
        body.writeBytes(crlf());
        return this;
    }

    /** The {@code Content-Type} header value, with the boundary. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The whole body, closing boundary included. */
    public byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + 64);
        all.writeBytes(body.toByteArray());
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return all.toByteArray();
    }

    private void head(String headers) {
        body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] crlf() {
        return new byte[] {'\r', '\n'};
    }
}
