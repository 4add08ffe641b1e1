package org.openplate.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.openplate.common.NotFoundException;

/**
 * The API's description and its browsable form: {@code GET /api/openapi.json} (the OpenAPI 3.0
 * document, {@code src/main/resources/api/openapi.json}) and {@code GET /api/docs}, Swagger UI
 * served from its webjar on the classpath (no CDN). The page's initialiser is a static script, so
 * only inline styles, which Swagger UI sets on its elements, need the page's relaxed policy.
 */
public final class ApiDocsRoutes implements ApiRoutes {

    public static final String DOCUMENT_RESOURCE = "api/openapi.json";
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    /** The only webjar files served, with their types. */
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");

    /** As {@link SecurityHeaders}, except that Swagger UI's inline styles are allowed. */
    static final String DOCS_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final byte[] document;
    private final String swaggerVersion;

    public ApiDocsRoutes() {
        this.document = read(DOCUMENT_RESOURCE);
        this.swaggerVersion = swaggerUiVersion();
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/openapi.json", ctx -> {
            ctx.header("Cache-Control", "no-cache");
            ctx.contentType("application/json").result(document);
        });
        r.get("/api/docs", this::page);
        r.get("/api/docs/assets/{file}", this::asset);
    }

    private void page(Context ctx) {
        requireSwaggerUi();
        ctx.header("Content-Security-Policy", DOCS_POLICY);
        ctx.header("Cache-Control", "no-cache");
        String v = "?v=" + swaggerVersion;
        // Signed in: "Try it out" sends the session's CSRF token with state-changing calls.
        Viewer viewer = ctx.attribute(Viewer.ATTRIBUTE);
        String csrf = viewer == null || viewer.csrfToken() == null ? "" : attr(viewer.csrfToken());
        ctx.html("""
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>OpenPlate API</title>
                  <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css%1$s">
                  <link rel="icon" type="image/png" href="/api/docs/assets/favicon-32x32.png%1$s" sizes="32x32">
                </head>
                <body>
                  <div id="swagger-ui" data-url="/api/openapi.json" data-csrf="%2$s"><noscript>The API description is at
                    <a href="/api/openapi.json">/api/openapi.json</a>.</noscript></div>
                  <script src="/api/docs/assets/swagger-ui-bundle.js%1$s"></script>
                  <script src="/static/api-docs.js%1$s"></script>
                </body>
                </html>
                """.formatted(v, csrf));
    }

    private static String attr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void asset(Context ctx) {
        requireSwaggerUi();
        String file = ctx.pathParam("file");
        String type = ASSETS.get(file);
        InputStream in = type == null ? null
                : ApiDocsRoutes.class.getClassLoader().getResourceAsStream(WEBJAR + swaggerVersion + "/" + file);
        if (in == null) {
            throw new NotFoundException("There is no " + file + " in the API documentation's assets.");
        }
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.contentType(type).result(in);
    }

    private void requireSwaggerUi() {
        if (swaggerVersion == null) {
            throw new NotFoundException("Swagger UI is not bundled with this build; the API description is at "
                    + "/api/openapi.json.");
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ApiDocsRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled Swagger UI's version (its files live under a folder of that name), or null. */
    static String swaggerUiVersion() {
        try (InputStream in = ApiDocsRoutes.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version");
            return v == null || !v.matches("[0-9A-Za-z.-]+") ? null : v;
        } catch (IOException e) {
            return null;
        }
    }
}
