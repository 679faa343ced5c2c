package io.kopilka.rest.internal.error;

import javax.ws.rs.core.Response;

/**
 * An RFC 7807 problem document, as every error of the API is answered.
 *
 * @param type {@code urn:kopilka:problem:<code>}
 * @param field the request field at fault, if any
 * @param code a stable machine-readable code
 */
public record Problem(String type, String title, int status, String detail, String field, String code) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The problem of a status, with the status's reason phrase as its title. */
    public static Problem of(int status, String code, String detail, String field) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return new Problem("urn:kopilka:problem:" + code, title, status, detail, field, code);
    }

    public static Response response(int status, String code, String detail, String field) {
        return response(of(status, code, detail, field));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
    }
}
