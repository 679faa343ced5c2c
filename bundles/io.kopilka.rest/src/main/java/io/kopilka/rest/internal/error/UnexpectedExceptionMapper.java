package io.kopilka.rest.internal.error;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A fault of Kopilka itself: logged with its stack trace and an id; the client sees only the id. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(RuntimeException e) {
        return Problem.response(problem(e));
    }

    /** Logs the fault under a new id and answers the problem naming only that id; also for the tills' servlet. */
    public static Problem problem(RuntimeException e) {
        String id = Long.toHexString(System.nanoTime());
        LOG.error("Unexpected error {}", id, e);
        return Problem.of(500, "internal", "internal error " + id + "; see the server log", null);
    }
}
