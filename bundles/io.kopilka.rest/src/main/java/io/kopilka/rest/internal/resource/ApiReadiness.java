package io.kopilka.rest.internal.resource;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import io.kopilka.rest.internal.till.TillServlet;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.dto.ServletContextDTO;
import org.osgi.service.http.runtime.dto.ServletDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/**
 * Tells whether the API is fully up: every JAX-RS resource component of this bundle is served by the whiteboard's
 * default application, and the tills' servlet by the HTTP whiteboard. Resources come up one by one after the database
 * answers; until the last one is served the health check says the API is starting.
 */
final class ApiReadiness {

    private static final String RESOURCE_PROPERTY = "osgi.jaxrs.resource";
    private static final String COMPONENT_NAME = "component.name";

    private ApiReadiness() {
    }

    /** The resource components of {@code bundle} and the tills' servlet not served yet (empty when the API is up). */
    static Set<String> missing(Bundle bundle, ServiceComponentRuntime scr, JaxrsServiceRuntime runtime,
            HttpServiceRuntime http) {
        Set<String> missing = missingResources(bundle, scr, runtime);
        if (!servesServlet(http, TillServlet.NAME)) {
            missing.add(TillServlet.NAME);
        }
        return missing;
    }

    private static boolean servesServlet(HttpServiceRuntime http, String name) {
        if (http == null) {
            return false;
        }
        for (ServletContextDTO context : http.getRuntimeDTO().servletContextDTOs) {
            for (ServletDTO servlet : context.servletDTOs) {
                if (name.equals(servlet.name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> missingResources(Bundle bundle, ServiceComponentRuntime scr,
            JaxrsServiceRuntime runtime) {
        Set<String> expected = new TreeSet<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(bundle)) {
            Object resource = d.properties.get(RESOURCE_PROPERTY);
            if (Boolean.TRUE.equals(resource) || "true".equals(resource)) {
                expected.add(d.name);
            }
        }
        if (runtime == null || expected.isEmpty()) {
            return expected;
        }
        Set<Long> served = new HashSet<>();
        RuntimeDTO dto = runtime.getRuntimeDTO();
        if (dto.defaultApplication != null && dto.defaultApplication.resourceDTOs != null) {
            for (ResourceDTO r : dto.defaultApplication.resourceDTOs) {
                served.add(r.serviceId);
            }
        }
        ServiceReference<?>[] registered = bundle.getRegisteredServices();
        if (registered != null) {
            for (ServiceReference<?> ref : registered) {
                if (served.contains((Long) ref.getProperty(Constants.SERVICE_ID))) {
                    expected.remove(String.valueOf(ref.getProperty(COMPONENT_NAME)));
                }
            }
        }
        return expected;
    }
}
