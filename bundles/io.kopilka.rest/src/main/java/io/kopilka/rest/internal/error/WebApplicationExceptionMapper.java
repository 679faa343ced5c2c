package io.kopilka.rest.internal.error;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/** The framework's own errors (unknown path 404, wrong method 405, wrong media type 415) as problem documents. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        String detail = switch (status) {
            case 404 -> "no such resource";
            case 405 -> "method not allowed here";
            case 406 -> "cannot produce the requested media type; use application/json";
            case 415 -> "unsupported media type; send application/json";
            default -> e.getMessage();
        };
        Response problem = Problem.response(status, status >= 500 ? "internal" : "http-" + status, detail, null);
        if (original != null && original.getHeaderString("Allow") != null) {
            return Response.fromResponse(problem).header("Allow", original.getHeaderString("Allow")).build();
        }
        return problem;
    }
}
