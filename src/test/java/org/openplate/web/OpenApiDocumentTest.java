package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.router.ParsedEndpoint;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/**
 * The OpenAPI document against the running app: every route registered under {@code /api/} is
 * documented with the same method and path, and every documented operation exists. Also checks the
 * document's own consistency and how it and Swagger UI are served.
 */
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}/]+)}");

    private static TestApp app;
    private static JsonNode document;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start(TestDatabases.sqlite());
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(ApiDocsRoutes.DOCUMENT_RESOURCE)) {
            document = JSON.readTree(in);
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** "METHOD /path" for every HTTP endpoint the app registered under /api/ (Javalin's {id} syntax is OpenAPI's). */
    static Set<String> registeredApiRoutes(TestApp app) {
        Set<String> routes = new TreeSet<>();
        for (ParsedEndpoint parsed : app.app().javalin().unsafe.internalRouter.allHttpHandlers()) {
            var endpoint = parsed.endpoint;
            if (endpoint.method.isHttpMethod() && endpoint.path.startsWith("/api/")) {
                routes.add(endpoint.method.name().toUpperCase(Locale.ROOT) + " " + endpoint.path);
            }
        }
        return routes;
    }

    static Set<String> documentedOperations(JsonNode document) {
        Set<String> ops = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(m -> {
            if (METHODS.contains(m)) {
                ops.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return ops;
    }

    @Test
    void everyApiRouteIsDocumentedAndEveryDocumentedOperationExists() {
        Set<String> registered = registeredApiRoutes(app);
        Set<String> documented = documentedOperations(document);
        assertTrue(registered.size() > 50, "the router was read: " + registered);

        Set<String> undocumented = new TreeSet<>(registered);
        undocumented.removeAll(documented);
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(registered);
        if (!undocumented.isEmpty() || !missing.isEmpty()) {
            fail("src/main/resources/api/openapi.json does not match the app's routes."
                    + "\n  registered but not documented (" + undocumented.size() + "):\n    "
                    + String.join("\n    ", undocumented)
                    + "\n  documented but not registered (" + missing.size() + "):\n    "
                    + String.join("\n    ", missing));
        }
    }

    @Test
    void documentIsConsistent() {
        assertEquals("3.0.3", document.get("openapi").asText());
        assertEquals("OpenPlate API", document.at("/info/title").asText());
        assertEquals("/", document.at("/servers/0/url").asText());
        JsonNode error = document.at("/components/schemas/Error");
        assertEquals(List.of("error", "message", "field"), names(error.get("required")));
        assertTrue(document.at("/components/securitySchemes/bearerAuth/scheme").asText().equals("bearer"));
        assertTrue(document.at("/components/responses/TooManyRequests/headers").has("Retry-After"));

        List<String> problems = new ArrayList<>();
        Set<String> operationIds = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> {
            Set<String> inTemplate = new TreeSet<>();
            Matcher m = PATH_PARAM.matcher(path.getKey());
            while (m.find()) {
                inTemplate.add(m.group(1));
            }
            path.getValue().fields().forEachRemaining(op -> {
                String where = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                JsonNode o = op.getValue();
                if (!operationIds.add(o.path("operationId").asText())) {
                    problems.add(where + ": missing or repeated operationId");
                }
                Set<String> declared = new TreeSet<>();
                for (JsonNode p : o.path("parameters")) {
                    JsonNode param = resolve(p);
                    if ("path".equals(param.path("in").asText())) {
                        declared.add(param.path("name").asText());
                    }
                }
                if (!declared.equals(inTemplate)) {
                    problems.add(where + ": path parameters " + declared + " but the path has " + inTemplate);
                }
                if (!o.has("security")) {
                    problems.add(where + ": no security requirement");
                }
                o.path("responses").fields().forEachRemaining(r -> {
                    int status = Integer.parseInt(r.getKey());
                    JsonNode response = resolve(r.getValue());
                    if (status >= 400 && !"#/components/schemas/Error".equals(
                            response.at("/content/application~1json/schema/$ref").asText())) {
                        problems.add(where + ": " + status + " is not the Error schema");
                    }
                });
                boolean anyError = o.path("responses").fieldNames().hasNext()
                        && o.path("responses").has("401") && o.path("responses").has("429");
                if (!anyError) {
                    problems.add(where + ": 401 and 429 are possible on every /api/ call");
                }
            });
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void documentIsServedAsJson() throws Exception {
        HttpResponse<byte[]> r = new HttpSession(app).sendBytes(HttpRequest.newBuilder(URI.create(
                app.url("/api/openapi.json"))).GET().build());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ApiDocsRoutes.DOCUMENT_RESOURCE)) {
            assertArrayEquals(in.readAllBytes(), r.body());
        }
    }

    @Test
    void swaggerUiIsServedLocallyUnderAStrictPolicy() {
        HttpSession http = new HttpSession(app);
        HttpResponse<String> page = http.get("/api/docs");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(policy.contains("style-src 'self' 'unsafe-inline'"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertFalse(page.body().contains("<script>"), "no inline script");
        assertFalse(page.body().contains("https://"), "no CDN");
        assertTrue(page.body().contains("/static/api-docs.js"));
        assertTrue(page.body().contains("data-url=\"/api/openapi.json\""));

        HttpResponse<String> bundle = http.get("/api/docs/assets/swagger-ui-bundle.js");
        assertEquals(200, bundle.statusCode());
        assertTrue(bundle.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(bundle.body().contains("SwaggerUIBundle"));
        HttpResponse<String> css = http.get("/api/docs/assets/swagger-ui.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertEquals(200, http.get("/static/api-docs.js").statusCode());
        // other pages keep the strict policy
        assertFalse(http.get("/api/openapi.json").headers().firstValue("Content-Security-Policy").orElse("")
                .contains("unsafe-inline"));

        HttpResponse<String> other = http.get("/api/docs/assets/index.html");
        assertEquals(404, other.statusCode(), "only the listed files are served");
        assertTrue(other.body().contains("\"error\":\"not_found\""), other.body());
    }

    @Test
    void signedInPagePassesItsCsrfTokenToTryItOut() {
        SignedInUser s = SignedInUser.signUp(app, "docs");
        String csrf = s.csrf();
        assertTrue(s.get("/api/docs").body().contains("data-csrf=\"" + csrf + "\""));
        assertTrue(new HttpSession(app).get("/api/docs").body().contains("data-csrf=\"\""));
    }

    /**
     * OpenAPI 3.0 reads {@code nullable} only beside a {@code type}: a nullable {@code allOf}/{@code $ref} without
     * one means nothing to generators and fails the linter run by CI (scripts/lint-openapi.sh). Also the info
     * carries the project's license.
     */
    @Test
    void everyNullableSchemaHasATypeAndTheInfoNamesTheLicense() {
        List<String> bad = new ArrayList<>();
        collectNullableWithoutType(document, "#", bad);
        assertEquals(List.of(), bad, "schemas marked nullable without a type sibling");
        assertEquals("Apache 2.0", document.at("/info/license/name").asText());
    }

    private static void collectNullableWithoutType(JsonNode node, String at, List<String> bad) {
        if (node.isObject()) {
            if (node.path("nullable").asBoolean(false) && !node.has("type")) {
                bad.add(at);
            }
            node.fields().forEachRemaining(e -> collectNullableWithoutType(e.getValue(), at + "/" + e.getKey(), bad));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectNullableWithoutType(node.get(i), at + "/" + i, bad);
            }
        }
    }

    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
