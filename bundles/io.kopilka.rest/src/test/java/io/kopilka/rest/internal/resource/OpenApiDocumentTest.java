package io.kopilka.rest.internal.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the OpenAPI document in sync with the JAX-RS resources: same operations, security and error responses. */
class OpenApiDocumentTest {

    private static final List<Class<?>> RESOURCES = List.of(HealthResource.class, GuestResource.class,
            IdentifierResource.class, AccountResource.class, TokenResource.class, LedgerResource.class,
            OpenApiResource.class);
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");
    private static final Set<String> PUBLIC_PATHS = Set.of("/v1/health", "/v1/openapi.json");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static JsonNode document;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            assertNotNull(in, "missing " + OpenApiResource.DOCUMENT);
            document = new ObjectMapper().readTree(in);
        }
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

    /** Every "METHOD /path" the resource classes declare, paths relative to the application base {@code /api}. */
    private static Set<String> codeOperations() {
        Set<String> operations = new TreeSet<>();
        for (Class<?> resource : RESOURCES) {
            Path classPath = resource.getAnnotation(Path.class);
            assertNotNull(classPath, resource.getSimpleName() + " has no @Path");
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
