package io.kopilka.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * What a test that gave up waiting for the container to come up reports of it: the bundles that are not active (a
 * pax-jdbc bundle that failed to start leaves Kopilka without its database), Kopilka's components that are neither
 * active nor satisfied (with their missing references and failure), and the last warnings and errors of the
 * container's log, on one line. A test failing on a build machine then says why without its log files.
 */
final class ContainerDiagnosis {

    private static final int LOG_LINES = 12;

    private ContainerDiagnosis() {
    }

    static String describe() {
        StringBuilder out = new StringBuilder();
        Bundle probe = FrameworkUtil.getBundle(ContainerDiagnosis.class);
        BundleContext context = probe == null ? null : probe.getBundleContext();
        if (context != null) {
            bundles(context, out);
            components(context, out);
        }
        logErrors(out);
        return out.toString();
    }

    private static void bundles(BundleContext context, StringBuilder out) {
        for (Bundle b : context.getBundles()) {
            if (b.getState() != Bundle.ACTIVE && b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                out.append(" | bundle ").append(b.getSymbolicName()).append(" is in state ").append(b.getState());
            }
        }
    }

    private static void components(BundleContext context, StringBuilder out) {
        ServiceReference<ServiceComponentRuntime> ref = context.getServiceReference(ServiceComponentRuntime.class);
        if (ref == null) {
            out.append(" | no Service Component Runtime");
            return;
        }
        ServiceComponentRuntime scr = context.getService(ref);
        try {
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
                if (!d.bundle.symbolicName.startsWith("io.kopilka")) {
                    continue;
                }
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                    if (c.state != ComponentConfigurationDTO.ACTIVE && c.state != ComponentConfigurationDTO.SATISFIED) {
                        out.append(" | component ").append(d.name).append(" state ").append(c.state);
                        for (UnsatisfiedReferenceDTO u : c.unsatisfiedReferences) {
                            out.append(", missing ").append(u.name);
                        }
                        if (c.failure != null) {
                            out.append(", failure: ").append(firstLine(c.failure));
                        }
                    }
                }
            }
        } finally {
            context.ungetService(ref);
        }
    }

    private static void logErrors(StringBuilder out) {
        Path log = Path.of(System.getProperty("karaf.data", "data"), "log", "karaf.log");
        try {
            List<String> errors = new ArrayList<>();
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (line.contains("| ERROR |") || line.contains("| WARN  |")) {
                    errors.add(line);
                }
            }
            for (String line : errors.subList(Math.max(0, errors.size() - LOG_LINES), errors.size())) {
                out.append(" | log: ").append(line);
            }
        } catch (IOException e) {
            out.append(" | no log at ").append(log).append(": ").append(e);
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
