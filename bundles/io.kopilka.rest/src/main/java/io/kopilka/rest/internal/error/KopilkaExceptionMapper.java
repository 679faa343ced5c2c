package io.kopilka.rest.internal.error;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import io.kopilka.api.AccessDeniedException;
import io.kopilka.api.ConflictException;
import io.kopilka.api.KopilkaException;
import io.kopilka.api.NotFoundException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/** Maps the domain's errors: invalid input 400, access denied 403, not found 404, conflicts 409. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
public class KopilkaExceptionMapper implements ExceptionMapper<KopilkaException> {

    @Override
    public Response toResponse(KopilkaException e) {
        return Problem.response(problem(e));
    }

    /** The problem document of a domain error, also for the tills' servlet. */
    public static Problem problem(KopilkaException e) {
        return Problem.of(status(e), e.code(), e.getMessage(), e.field());
    }

    static int status(KopilkaException e) {
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        if (e instanceof AccessDeniedException) {
            return 403;
        }
        return 400;
    }
}
