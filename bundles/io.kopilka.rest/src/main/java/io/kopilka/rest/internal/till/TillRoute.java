package io.kopilka.rest.internal.till;

/**
 * The calls a till makes on every receipt, which {@link TillServlet} serves outside the JAX-RS chain: their HTTP
 * method and their path under the API's base {@code /api}.
 */
public enum TillRoute {

    CALCULATE("POST", TillRoute.CALCULATE_PATH),
    COMMIT("POST", TillRoute.COMMIT_PATH),
    LOOKUP("GET", TillRoute.LOOKUP_PATH);

    /** The API's base, as the JAX-RS whiteboard's {@code default.application.base} sets it in the feature. */
    public static final String BASE = "/api";

    static final String CALCULATE_PATH = "/v1/pos/calculate";
    static final String COMMIT_PATH = "/v1/pos/commit";
    static final String LOOKUP_PATH = "/v1/guests/lookup";

    private final String method;
    private final String path;

    TillRoute(String method, String path) {
        this.method = method;
        this.path = path;
    }

    /** The HTTP method the route answers. */
    public String method() {
        return method;
    }

    /** The path relative to {@link #BASE}, as the OpenAPI document lists it. */
    public String path() {
        return path;
    }

    /** The route of a request's servlet path (the whole path: the servlet is mapped to exact paths), or null. */
    static TillRoute of(String servletPath) {
        for (TillRoute route : values()) {
            if (servletPath.length() == BASE.length() + route.path.length() && servletPath.startsWith(BASE)
                    && servletPath.endsWith(route.path)) {
                return route;
            }
        }
        return null;
    }
}
