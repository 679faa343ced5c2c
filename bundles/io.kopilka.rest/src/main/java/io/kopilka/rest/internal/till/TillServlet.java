package io.kopilka.rest.internal.till;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.kopilka.api.KopilkaException;
import io.kopilka.api.guest.GuestService;
import io.kopilka.api.processing.ProcessingService;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.TokenService;
import io.kopilka.rest.internal.auth.Bearer;
import io.kopilka.rest.internal.error.JsonExceptionMapper;
import io.kopilka.rest.internal.error.KopilkaExceptionMapper;
import io.kopilka.rest.internal.error.Problem;
import io.kopilka.rest.internal.error.UnexpectedExceptionMapper;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Serves the calls a till makes on every receipt ({@link TillRoute}: calculate, commit, guest lookup) as a plain
 * servlet of the HTTP whiteboard, mapped to their exact paths, so that they skip the JAX-RS chain, which cost more CPU
 * than a lookup itself (see itests/BENCHMARK.md). Everything else under {@code /api} stays with JAX-RS; the whiteboard
 * serves both in its default context (the feature configures the JAX-RS whiteboard so), where an exact servlet path
 * wins over {@code /api/*}. Same contract as the JAX-RS resources: bearer token, JSON, problem documents.
 */
@Component(service = Servlet.class, property = {
    TillServlet.PATTERN + "=" + TillRoute.BASE + TillRoute.CALCULATE_PATH,
    TillServlet.PATTERN + "=" + TillRoute.BASE + TillRoute.COMMIT_PATH,
    TillServlet.PATTERN + "=" + TillRoute.BASE + TillRoute.LOOKUP_PATH,
    "osgi.http.whiteboard.servlet.name=" + TillServlet.NAME})
public class TillServlet extends HttpServlet {

    /** The servlet's whiteboard name; the health check looks for it. */
    public static final String NAME = "kopilka-till";
    static final String PATTERN = "osgi.http.whiteboard.servlet.pattern";

    private static final long serialVersionUID = 1L;

    private final transient TokenService tokens;
    private final transient TillCalls calls;
    private final transient TillJson json = new TillJson();

    @Activate
    public TillServlet(@Reference TokenService tokens, @Reference ProcessingService processing,
            @Reference GuestService guests) {
        this.tokens = tokens;
        this.calls = new TillCalls(processing, guests);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TillRoute route = TillRoute.of(request.getServletPath());
        try {
            if (route == null) {
                throw new TillJson.Refused(Problem.of(404, "http-404", "no such resource", null));
            }
            Caller caller = Bearer.caller(tokens, request.getHeader("Authorization"));
            if (!route.method().equals(request.getMethod())) {
                response.setHeader("Allow", route.method());
                throw new TillJson.Refused(Problem.of(405, "http-405", "method not allowed here", null));
            }
            TillCalls.Answer answer = switch (route) {
                case CALCULATE -> calls.calculate(caller, json.receipt(request));
                case COMMIT -> calls.commit(caller, json.receipt(request));
                case LOOKUP -> calls.lookup(caller, request.getParameter("identifier"));
            };
            json.write(response, answer.status(), answer.body());
        } catch (Bearer.Rejected e) {
            response.setHeader("WWW-Authenticate", Bearer.CHALLENGE);
            json.problem(response, Problem.of(401, "unauthorized", e.getMessage(), null));
        } catch (TillJson.Refused e) {
            json.problem(response, e.problem());
        } catch (KopilkaException e) {
            json.problem(response, KopilkaExceptionMapper.problem(e));
        } catch (JsonProcessingException e) {
            json.problem(response, JsonExceptionMapper.problem(e));
        } catch (RuntimeException e) {
            json.problem(response, UnexpectedExceptionMapper.problem(e));
        }
    }
}
