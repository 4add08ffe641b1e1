package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/**
 * Answers the server layer makes before our routes run (bad paths, huge query strings and headers,
 * unknown methods) still use the API's JSON error shape under /api/ and a small page elsewhere.
 */
class ServerErrorShapeHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(TestDatabases.sqlite());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static RawHttp.Answer get(String target, String extraHeaders) {
        return RawHttp.exchange(app.app().port(), "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders
                + "Connection: close\r\n\r\n");
    }

    private static void assertApiError(RawHttp.Answer a, int status) throws Exception {
        assertEquals(status, a.status(), a.head() + "\n" + a.body());
        assertTrue(a.isJson(), a.head() + "\n" + a.body());
        JsonNode j = JSON.readTree(a.body());
        assertTrue(j.hasNonNull("error") && j.hasNonNull("message") && j.has("field"), a.body());
        assertEquals(3, j.size(), a.body());
        assertNoLeaks(a);
    }

    private static void assertSmallPage(RawHttp.Answer a, int status) {
        assertEquals(status, a.status(), a.head() + "\n" + a.body());
        assertTrue(a.header("Content-Type").toLowerCase(Locale.ROOT).startsWith("text/html"), a.head());
        assertTrue(a.body().length() < 4000, a.body());
        assertNoLeaks(a);
    }

    private static void assertNoLeaks(RawHttp.Answer a) {
        String all = (a.head() + a.body()).toLowerCase(Locale.ROOT);
        assertFalse(all.contains("jetty") || all.contains("javalin") || all.contains("exception")
                || all.contains("\tat ") || all.contains("caused by"), a.head() + a.body());
        assertEquals(null, a.header("Server"), "no server version");
    }

    @Test
    void nulInAnApiPathIsA400InTheJsonShape() throws Exception {
        assertApiError(get("/api/v1/foods/%00", ""), 400);
    }

    @Test
    void aHugeQueryStringOnTheApiIsA414InTheJsonShape() throws Exception {
        assertApiError(get("/api/v1/foods?q=" + "a".repeat(100_000), ""), 414);
    }

    @Test
    void hugeHeadersOnTheApiAreA431InTheJsonShape() throws Exception {
        assertApiError(get("/api/v1/foods", "X-Padding: " + "b".repeat(40_000) + "\r\n"), 431);
    }

    @Test
    void otherMethodsOnTheApiAreAnsweredInTheJsonShape() throws Exception {
        for (String method : new String[] {"TRACE", "PROPFIND", "DELETE"}) {
            RawHttp.Answer a = RawHttp.exchange(app.app().port(),
                    method + " /api/v1/foods HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(a.status() >= 400 && a.status() < 500, method + "\n" + a.head());
            assertApiError(a, a.status());
        }
    }

    @Test
    void pagesGetASmallHtmlAnswerWithoutServerDetails() {
        assertSmallPage(get("/", "X-Padding: " + "b".repeat(40_000) + "\r\n"), 431);
        assertSmallPage(get("/diary/2026-01-01", "Cookie: " + "c".repeat(40_000) + "\r\n"), 431);
    }

    @Test
    void aRequestLineTooBadToReadHasNoKnownPathAndGetsTheJsonShape() throws Exception {
        // The server cannot tell where such a request was going; none of our pages can produce one.
        assertApiError(get("/diary/%00", "Accept: text/html\r\n"), 400);
        assertApiError(get("/?q=" + "a".repeat(100_000), ""), 414);
    }

    @Test
    void aDeclaredBodyAboveEveryLimitIsA413BeforeAnythingIsRead() throws Exception {
        String head = " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 5000000000\r\nConnection: close\r\n\r\n_csrf=x";
        assertApiError(RawHttp.exchange(app.app().port(), "POST /api/v1/foods" + head), 413);
        assertSmallPage(RawHttp.exchange(app.app().port(), "POST /admin/foods/import" + head), 413);
    }
}
