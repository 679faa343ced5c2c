package io.kopilka.rest.internal.till;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.kopilka.rest.internal.dto.ReceiptBody;
import io.kopilka.rest.internal.error.Problem;
import io.kopilka.rest.internal.json.KopilkaJsonProvider;

/**
 * Reads a till's JSON request and writes the answer with the API's own JSON binding ({@link KopilkaJsonProvider}'s
 * mapper: strict input, exact decimals), so that the servlet's bodies and errors are the ones JAX-RS would give.
 */
final class TillJson {

    /** A receipt is a few kilobytes; a body past this is refused before it is read. */
    static final int MAX_BODY = 1 << 20;
    static final String JSON = "application/json";

    private final ObjectReader receipts;
    private final ObjectWriter writer;

    TillJson() {
        var mapper = KopilkaJsonProvider.mapper();
        this.receipts = mapper.readerFor(ReceiptBody.class);
        this.writer = mapper.writer();
    }

    /**
     * The request's receipt, or null for an empty body or a JSON {@code null}; {@link Refused} when the body is not
     * JSON by its content type or is too large.
     */
    ReceiptBody receipt(HttpServletRequest request) throws IOException {
        if (!isJson(request.getContentType())) {
            throw new Refused(Problem.of(415, "http-415", "unsupported media type; send application/json", null));
        }
        long length = request.getContentLengthLong();
        if (length > MAX_BODY) {
            throw tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            throw tooLarge();
        }
        if (isBlank(body)) {
            return null;
        }
        return receipts.readValue(body);
    }

    private static Refused tooLarge() {
        return new Refused(Problem.of(413, "http-413", "the body is larger than " + MAX_BODY + " bytes", null));
    }

    void write(HttpServletResponse response, int status, Object body) throws IOException {
        send(response, status, JSON, writer.writeValueAsBytes(body));
    }

    void problem(HttpServletResponse response, Problem problem) throws IOException {
        send(response, problem.status(), Problem.MEDIA_TYPE, writer.writeValueAsBytes(problem));
    }

    private static void send(HttpServletResponse response, int status, String type, byte[] bytes) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** {@code application/json} or any {@code application/*+json}, with or without parameters. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
                .toLowerCase(Locale.ROOT);
        return type.equals(JSON) || type.startsWith("application/") && type.endsWith("+json");
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** A request refused before it reaches Kopilka: the problem to answer. */
    static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.detail(), null, false, false);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }
}
