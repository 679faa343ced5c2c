package io.kopilka.rest.internal.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopilka.rest.internal.till.TillRoute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the OpenAPI document in sync with the JAX-RS resources and the tills' servlet ({@link TillRoute}): same
 * operations, security and error responses. The resources are every class of this package that carries {@link Path},
 * found on the class path, so that a new resource cannot be left out of the document.
 */
class OpenApiDocumentTest {

    private static final String RESOURCE_PACKAGE = OpenApiResource.class.getPackageName();
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");
    private static final Set<String> PUBLIC_PATHS = Set.of("/v1/health", "/v1/openapi.json");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static JsonNode document;
    private static List<Class<?>> resources;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            assertNotNull(in, "missing " + OpenApiResource.DOCUMENT);
            document = new ObjectMapper().readTree(in);
        }
        resources = resourceClasses();
    }

    @Test
    void isOpenApi303ServedUnderApi() {
        assertEquals("3.0.3", document.path("openapi").asText());
        assertEquals("Kopilka API", document.path("info").path("title").asText());
        assertEquals("/api", document.path("servers").path(0).path("url").asText());
        assertTrue(document.path("security").path(0).has("bearerAuth"), "bearerAuth must apply globally");
        assertEquals("bearer", document.path("components").path("securitySchemes").path("bearerAuth")
                .path("scheme").asText());
    }

    @Test
    void findsTheResourceClassesOfThePackage() {
        assertTrue(resources.contains(HealthResource.class), "the scan found " + resources);
        assertTrue(resources.contains(OpenApiResource.class), "the scan found " + resources);
        assertFalse(resources.contains(OpenApiDocumentTest.class));
    }

    @Test
    void documentsExactlyTheOperationsOfTheResources() {
        assertEquals(codeOperations(), documentOperations());
    }

    @Test
    void onlyThePublicOperationsOverrideSecurity() {
        forEachOperation((key, operation) -> {
            JsonNode security = operation.get("security");
            boolean emptyOverride = security != null && security.isArray() && security.isEmpty();
            if (PUBLIC_PATHS.contains(pathOf(key))) {
                assertTrue(emptyOverride, key + " is public and needs security: []");
            } else {
                assertFalse(emptyOverride, key + " needs a token and must not have security: []");
            }
        });
    }

    @Test
    void everyProtectedOperationHasAProblemResponse() {
        forEachOperation((key, operation) -> {
            if (PUBLIC_PATHS.contains(pathOf(key))) {
                return;
            }
            boolean found = false;
            for (Iterator<Map.Entry<String, JsonNode>> it = operation.path("responses").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> response = it.next();
                if (response.getKey().startsWith("4") && referencesProblem(resolve(response.getValue()))) {
                    found = true;
                }
            }
            assertTrue(found, key + " needs a 4xx response with the Problem schema");
        });
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertFalse(resolvePointer(ref).isMissingNode(), "unresolved $ref " + ref);
        }
    }

    /**
     * Every "METHOD /path" the resource classes and the tills' servlet declare, paths relative to the application base
     * {@code /api}.
     */
    private static Set<String> codeOperations() {
        Set<String> operations = new TreeSet<>();
        for (TillRoute route : TillRoute.values()) {
            operations.add(route.method() + " " + normalize(route.path()));
        }
        for (Class<?> resource : resources) {
            Path classPath = resource.getAnnotation(Path.class);
            for (Method method : resource.getDeclaredMethods()) {
                Path methodPath = method.getAnnotation(Path.class);
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    assertNull(methodPath, method + " is a sub-resource locator, which this test does not follow");
                    continue;
                }
                String path = classPath.value() + "/" + (methodPath == null ? "" : methodPath.value());
                operations.add(httpMethod.toUpperCase(Locale.ROOT) + " " + normalize(path));
            }
        }
        return operations;
    }

    /**
     * Every class of {@link #RESOURCE_PACKAGE} that carries {@link Path}: the package's {@code .class} files in every
     * directory or jar of the class path that holds it (target/classes under Maven), loaded without initializing them.
     */
    private static List<Class<?>> resourceClasses() throws IOException {
        ClassLoader loader = OpenApiDocumentTest.class.getClassLoader();
        String folder = RESOURCE_PACKAGE.replace('.', '/');
        Set<String> names = new TreeSet<>();
        Enumeration<URL> roots = loader.getResources(folder);
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            switch (root.getProtocol()) {
                case "file" -> classesInDirectory(root, names);
                case "jar" -> classesInJar(root, folder, names);
                default -> throw new AssertionError("cannot list the classes under " + root);
            }
        }
        List<Class<?>> found = new ArrayList<>();
        for (String name : names) {
            Class<?> type;
            try {
                type = Class.forName(RESOURCE_PACKAGE + "." + name, false, loader);
            } catch (ClassNotFoundException e) {
                throw new AssertionError("cannot load " + name, e);
            }
            if (type.isAnnotationPresent(Path.class)) {
                found.add(type);
            }
        }
        assertFalse(found.isEmpty(), "no class with @Path found in " + RESOURCE_PACKAGE);
        found.sort(Comparator.comparing(Class::getName));
        return Collections.unmodifiableList(found);
    }

    /** The binary names, relative to the package, of the classes directly in a directory of the package. */
    private static void classesInDirectory(URL root, Set<String> names) {
        File[] files;
        try {
            files = new File(root.toURI()).listFiles();
        } catch (URISyntaxException e) {
            throw new AssertionError("not a directory: " + root, e);
        }
        assertNotNull(files, "cannot list " + root);
        for (File file : files) {
            String name = file.getName();
            if (file.isFile() && isClassFile(name)) {
                names.add(name.substring(0, name.length() - ".class".length()));
            }
        }
    }

    /** The binary names, relative to the package, of the classes directly in the package inside a jar. */
    private static void classesInJar(URL root, String folder, Set<String> names) {
        try {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                    String entry = entries.nextElement().getName();
                    if (entry.startsWith(folder + "/") && entry.indexOf('/', folder.length() + 1) < 0) {
                        String name = entry.substring(folder.length() + 1);
                        if (isClassFile(name)) {
                            names.add(name.substring(0, name.length() - ".class".length()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
    }

    private static boolean isClassFile(String name) {
        return name.endsWith(".class") && !name.equals("package-info.class") && !name.equals("module-info.class");
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod meta = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (meta != null) {
                return meta.value();
            }
        }
        return null;
    }

    /** Every "METHOD /path" of the document. */
    private static Set<String> documentOperations() {
        Set<String> operations = new TreeSet<>();
        forEachOperation((key, operation) -> operations.add(key));
        return operations;
    }

    private static void forEachOperation(OperationVisitor visitor) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> it = path.getValue().fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> operation = it.next();
                if (HTTP_METHODS.contains(operation.getKey())) {
                    visitor.visit(operation.getKey().toUpperCase(Locale.ROOT) + " " + normalize(path.getKey()),
                            operation.getValue());
                }
            }
        }
    }

    /** A leading slash, no trailing or doubled slashes, and templates without their regular expressions. */
    private static String normalize(String path) {
        String plain = path.replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        String trimmed = plain.replaceAll("^/|/$", "");
        return "/" + trimmed;
    }

    private static String pathOf(String key) {
        return key.substring(key.indexOf(' ') + 1);
    }

    private static boolean referencesProblem(JsonNode response) {
        for (JsonNode media : response.path("content")) {
            if (PROBLEM_REF.equals(media.path("schema").path("$ref").asText())) {
                return true;
            }
        }
        return false;
    }

    /** A response object, following its {@code $ref} if it is one. */
    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? resolvePointer(node.get("$ref").asText()) : node;
    }

    private static JsonNode resolvePointer(String ref) {
        assertTrue(ref.startsWith("#/"), "only local references are expected: " + ref);
        return document.at(ref.substring(1));
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject() && node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        for (JsonNode child : node) {
            collectRefs(child, refs);
        }
    }

    /** Called with "METHOD /path" and the operation object. */
    @FunctionalInterface
    private interface OperationVisitor {
        void visit(String key, JsonNode operation);
    }
}
