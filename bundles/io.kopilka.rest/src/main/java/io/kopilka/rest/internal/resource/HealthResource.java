package io.kopilka.rest.internal.resource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.kopilka.api.Health;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/v1/health}, without authentication: 200 {@code UP} when the database answers and every resource of
 * the API and the tills' servlet are served; 503 {@code STARTING} while resources are still being registered,
 * 503 {@code DOWN} without the database.
 * <p>
 * The health service is taken for each check rather than bound once: binding it activates the core's database
 * component, and an activation that fails (a schema migration still holding the component's lock on a slow machine)
 * would otherwise leave the check saying {@code DOWN} until the core restarts.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JSONRequired
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ComponentServiceObjects<Health> health;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile JaxrsServiceRuntime runtime;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HttpServiceRuntime http;

    @Reference
    private ServiceComponentRuntime scr;

    private BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @GET
    @Path("health")
    public Response health() {
        Map<String, Object> database = new LinkedHashMap<>();
        Health.Report report = check(health);
        boolean up = report != null && report.up();
        database.put("status", up ? "UP" : "DOWN");
        if (report == null) {
            database.put("product", "not running");
        } else {
            database.put("product", report.database());
            database.put("schemaVersion", report.schemaVersion());
        }
        Set<String> missing = ApiReadiness.missing(context.getBundle(), scr, runtime, http);
        String status = !up ? "DOWN" : missing.isEmpty() ? "UP" : "STARTING";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("database", database);
        return Response.status("UP".equals(status) ? 200 : 503).entity(body).build();
    }

    /** The database's report, or null while the core's health service is absent or cannot be activated. */
    static Health.Report check(ComponentServiceObjects<Health> objects) {
        if (objects == null) {
            return null;
        }
        Health service;
        try {
            service = objects.getService();
        } catch (IllegalStateException unboundMeanwhile) {
            return null;
        }
        if (service == null) {
            return null;
        }
        try {
            return service.check();
        } finally {
            objects.ungetService(service);
        }
    }
}
