package io.kopilka.rest.internal.error;

import java.util.stream.Collectors;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/** A request body that is not valid JSON, or does not fit the expected shape: 400 naming the field. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        return Problem.response(problem(e));
    }

    /** The problem document of a body that could not be read, also for the tills' servlet. */
    public static Problem problem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return Problem.of(400, "unknown-field", "unknown field '" + u.getPropertyName() + "'", path(u));
        }
        if (e instanceof InvalidFormatException f) {
            return Problem.of(400, "invalid", "cannot read '" + f.getValue() + "' as "
                    + f.getTargetType().getSimpleName(), path(f));
        }
        if (e instanceof MismatchedInputException m) {
            String target = m.getTargetType() == null ? "the expected type" : m.getTargetType().getSimpleName();
            return Problem.of(400, "invalid", "wrong JSON type here: expected " + target, path(m));
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return Problem.of(400, "invalid", "invalid value", path(m));
        }
        return Problem.of(400, "malformed-json", "the body is not valid JSON: " + e.getOriginalMessage(), null);
    }

    /** The JSON path of the failure: {@code lines[2].amount}. */
    static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
