package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/** Stylesheets, scripts and icons: types, caching, revalidation, and nothing outside the static folder. */
class StaticFilesHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(TestDatabases.sqlite());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A GET through the suite's client, with extra request headers as name, value pairs. */
    private static HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path)));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return new HttpSession(app).send(b.build());
    }

    @Test
    void filesAreServedWithTheirTypeAndCachedUntilTheyChange() throws Exception {
        var css = get("/static/app.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(css.headers().firstValue("Cache-Control").orElse("").contains("max-age=3600"));
        assertTrue(css.body().contains("--green"));
        String etag = css.headers().firstValue("ETag").orElseThrow();

        var again = get("/static/app.css", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(200, get("/static/app.css", "If-None-Match", "\"something-else\"").statusCode());

        assertTrue(get("/static/app.js").headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(get("/static/icons.svg").headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
    }

    @Test
    void onlyFilesInTheStaticFolderAreServed() throws Exception {
        for (String path : new String[] {"/static/nothing.css", "/static/../db/migration/V1__accounts_and_profiles.sql",
            "/static/%2e%2e/db/migration/V1__accounts_and_profiles.sql",
            "/static/.hidden.css", "/static/app.css/x", "/static/db/migration/V1__accounts_and_profiles.sql", "/static/"}) {
            var r = get(path);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " answered " + r.statusCode());
            assertTrue(!r.body().toUpperCase(java.util.Locale.ROOT).contains("CREATE TABLE"), path);
        }
    }
}
