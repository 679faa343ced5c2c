package io.kopilka.pos.rkeeper.internal.farcards;

/**
 * What to send back: always HTTP 200 (business outcomes and errors are in the XML, doc §1.1 INF), a content type
 * and the body bytes. {@link #errorCode()} and {@link #detail()} are for the caller's log, never sent as such.
 */
public final class FarCardsResponse {

    /** XML answers: UTF-8 (S1). V1 sends {@code text/xml}; the charset parameter is added (INF). */
    public static final String XML = "text/xml; charset=utf-8";

    private final String contentType;
    private final byte[] body;
    private final int errorCode;
    private final String detail;

    FarCardsResponse(String contentType, byte[] body, int errorCode, String detail) {
        this.contentType = contentType;
        this.body = body;
        this.errorCode = errorCode;
        this.detail = detail == null ? "" : detail;
    }

    static FarCardsResponse xml(byte[] body) {
        return new FarCardsResponse(XML, body, 0, "");
    }

    static FarCardsResponse xmlError(byte[] body, int errorCode, String detail) {
        return new FarCardsResponse(XML, body, errorCode, detail);
    }

    /** Always 200. */
    public int status() {
        return 200;
    }

    /** {@value #XML}, or the image type for a GetCardImageEx picture. */
    public String contentType() {
        return contentType;
    }

    /** A copy of the body. */
    public byte[] body() {
        return body.clone();
    }

    /** The {@link FarCardsError} or {@link FarCardsRejection} code answered, 0 if none. */
    public int errorCode() {
        return errorCode;
    }

    /** Why it failed, for the log (may hold an exception's message); empty on success. */
    public String detail() {
        return detail;
    }
}
