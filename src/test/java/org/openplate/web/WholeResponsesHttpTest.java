package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/**
 * An answer that fits the server's output buffer (32 kB) is sent whole, with its Content-Length, rather
 * than chunked as soon as a quarter of the buffer is written (a 14 kB day summary went out in two writes to
 * the socket). A larger answer still arrives complete.
 */
class WholeResponsesHttpTest {

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

    private static RawHttp.Answer get(String path) {
        return RawHttp.exchange(app.app().port(), "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept: application/json\r\nConnection: close\r\n\r\n");
    }

    @Test
    void anAnswerThatFitsTheBufferCarriesItsLength() throws Exception {
        RawHttp.Answer r = get("/api/v1/foods?q=cheese&limit=50");
        assertEquals(200, r.status(), r.body());
        int bytes = r.body().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes > 8 * 1024 && bytes < 32 * 1024, "a search answer between 8 and 32 kB: " + bytes);
        assertNull(r.header("Transfer-Encoding"), r.head());
        assertEquals(String.valueOf(bytes), r.header("Content-Length"), r.head());
        assertEquals(50, JSON.readTree(r.body()).get("items").size());
    }

    @Test
    void aLargerAnswerStillArrivesWhole() throws Exception {
        RawHttp.Answer r = get("/api/openapi.json");
        assertEquals(200, r.status());
        JsonNode doc = JSON.readTree(r.body());
        assertTrue(r.body().getBytes(StandardCharsets.UTF_8).length > 32 * 1024, "the API document is over 32 kB");
        assertTrue(doc.has("paths"), "parsed whole");
        try (java.io.InputStream in = WholeResponsesHttpTest.class.getClassLoader()
                .getResourceAsStream(ApiDocsRoutes.DOCUMENT_RESOURCE)) {
            assertEquals(JSON.readTree(in), doc, "the whole document");
        }
    }
}
