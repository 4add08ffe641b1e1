package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/** One JSON error shape for the API, HTML error pages elsewhere, limits, headers and how answers are framed. */
class ErrorShapeHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestApp app;
    private static HttpSession http;

    @BeforeAll
    static void start() {
        app = TestApp.start(TestDatabases.sqlite());
        http = new HttpSession(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void unknownApiPathIsJson404() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/nothing-here");
        assertEquals(404, r.statusCode());
        JsonNode j = JSON.readTree(r.body());
        assertEquals("not_found", j.get("error").asText());
        assertTrue(j.has("message"));
        assertTrue(j.has("field"));
    }

    @Test
    void unknownPageIsAnHtml404() {
        HttpResponse<String> r = http.get("/no/such/page");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("Page not found"));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void healthReportsTheDatabase() throws Exception {
        HttpResponse<String> r = http.get("/health");
        assertEquals(200, r.statusCode());
        assertEquals("up", JSON.readTree(r.body()).get("database").asText());
    }

    @Test
    void oversizedBodiesAre413InTheErrorShape() throws Exception {
        SignedInUser s = SignedInUser.signUp(app, "big");
        String csrf = s.csrf();
        String huge = "{\"timeZone\":\"" + "x".repeat(200_000) + "\"}";
        // The server stops reading at the limit and closes the connection after its answer. When unread bytes
        // are still arriving, the peer's TCP stack may reset the connection before the client has read the
        // answer: a transport race, not a different answer. So a reset is tried again (at most 3 times);
        // every answer that arrives must be the 413 in the error shape.
        HttpResponse<String> r = null;
        for (int attempt = 1; r == null; attempt++) {
            try {
                r = s.json("PUT", "/api/v1/profile", huge, csrf);
            } catch (java.io.UncheckedIOException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        assertEquals(413, r.statusCode(), r.body());
        assertEquals("too_large", JSON.readTree(r.body()).get("error").asText());
    }

    @Test
    void oversizedUploadsAre413BeforeTheyAreRead() throws Exception {
        HttpSession s = new HttpSession(app);
        s.signUp("upload" + System.nanoTime() + "@example.org", "correct horse");
        String csrf = HttpSession.csrfFrom(s.get("/account/data").body());
        long length = WebServer.MAX_USER_UPLOAD_BYTES + (1 << 20);
        // Declares a body over the upload limit and sends only its first bytes: the answer must come
        // without the server waiting for (or reading) the rest.
        RawHttp.Answer r = RawHttp.exchange(app.app().port(), "POST /account/data/restore HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: multipart/form-data; boundary=x\r\nX-CSRF-Token: " + csrf + "\r\n"
                + "Cookie: " + org.openplate.account.AuthGuard.SESSION_COOKIE + "="
                + s.cookie(org.openplate.account.AuthGuard.SESSION_COOKIE) + "\r\n"
                + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n--x\r\n");
        assertEquals(413, r.status(), r.body());
    }

    @Test
    void pagesCarrySecurityHeaders() {
        HttpResponse<String> r = http.get("/");
        assertEquals(200, r.statusCode());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
    }

    @Test
    void userInputIsEscapedInPages() {
        HttpResponse<String> r = http.get("/calculator?sex=female&heightFt=5&heightIn=4&weight=%3Cscript%3Ealert(1)%3C/script%3E&age=30&activity=light&goal=maintain");
        assertEquals(400, r.statusCode());
        assertFalse(r.body().contains("<script>alert(1)</script>"));
        assertTrue(r.body().contains("&lt;script&gt;"));
    }

    @Test
    void staticAssetsAreServed() {
        HttpResponse<String> r = http.get("/static/app.css");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("--green"));
    }

    @Test
    void methodsWithoutCsrfOnTheApiAreRefusedWithJson() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/profile")))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(403, r.statusCode());
        assertEquals("csrf", JSON.readTree(r.body()).get("error").asText());
    }

    private static RawHttp.Answer rawGet(String path) {
        return RawHttp.exchange(app.app().port(), "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept: application/json\r\nConnection: close\r\n\r\n");
    }

    /**
     * An answer that fits the server's output buffer (32 kB) is sent whole, with its Content-Length, rather
     * than chunked as soon as a quarter of the buffer is written (a 14 kB day summary went out in two writes
     * to the socket).
     */
    @Test
    void anAnswerThatFitsTheBufferCarriesItsLength() throws Exception {
        RawHttp.Answer r = rawGet("/api/v1/foods?q=cheese&limit=50");
        assertEquals(200, r.status(), r.body());
        int bytes = r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertTrue(bytes > 8 * 1024 && bytes < 32 * 1024, "a search answer between 8 and 32 kB: " + bytes);
        assertEquals(null, r.header("Transfer-Encoding"), r.head());
        assertEquals(String.valueOf(bytes), r.header("Content-Length"), r.head());
        assertEquals(50, JSON.readTree(r.body()).get("items").size());
    }

    /** A larger answer than the buffer still arrives whole. */
    @Test
    void aLargerAnswerStillArrivesWhole() throws Exception {
        RawHttp.Answer r = rawGet("/api/openapi.json");
        assertEquals(200, r.status());
        assertTrue(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 32 * 1024,
                "the API document is over 32 kB");
        try (java.io.InputStream in = ErrorShapeHttpTest.class.getClassLoader()
                .getResourceAsStream(ApiDocsRoutes.DOCUMENT_RESOURCE)) {
            assertEquals(JSON.readTree(in), JSON.readTree(r.body()), "the whole document");
        }
    }
}
