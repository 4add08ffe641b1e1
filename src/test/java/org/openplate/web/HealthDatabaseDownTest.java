package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * PostgreSQL stops while the app runs: /health answers 503 within a bounded wait (the generous 3 s
 * request timeout is the one timing assertion), API requests fail fast with the JSON error shape and
 * pages with a friendly 503; when the server is back, everything recovers without a restart.
 */
class HealthDatabaseDownTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedPostgres start(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    @Test
    void healthIs503QuicklyWhilePostgresIsDownAndRecoversWhenItIsBack() throws Exception {
        Path data = Files.createTempDirectory("op-pg-down");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        EmbeddedPostgres pg = start(data, port);
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE down_test");
        }
        TestDb db = new TestDb("postgresql", pg.getJdbcUrl("postgres", "down_test"), "postgres", "postgres");
        // The catalogue is fully loaded first, so the index sync runs through the outage like in production.
        try (TestApp app = TestApp.start(db)) {
            HttpSession s = new HttpSession(app);
            s.signUp("d" + System.nanoTime() + "@example.org", "correct horse battery 42");
            assertEquals(200, health(s, app).statusCode());

            pg.close();
            Thread.sleep(1_100);   // the last answer is kept for one second
            HttpResponse<String> down = health(s, app);
            assertEquals(503, down.statusCode(), down.body());
            JsonNode h = JSON.readTree(down.body());
            assertEquals("unavailable", h.get("status").asText());
            assertEquals("down", h.get("database").asText());
            assertTrue(h.get("problems").get(0).asText().contains("unreachable"), down.body());

            HttpResponse<String> api = s.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/weights")))
                    .timeout(Duration.ofSeconds(10)).GET().build());
            assertEquals(503, api.statusCode(), api.body());
            assertEquals("unavailable", JSON.readTree(api.body()).get("error").asText());
            HttpResponse<String> page = s.send(HttpRequest.newBuilder(URI.create(app.url("/diary")))
                    .timeout(Duration.ofSeconds(10)).GET().build());
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("database is not answering"), page.body());

            pg = start(data, port);
            int status = 0;
            for (int i = 0; i < 40 && status != 200; i++) {
                Thread.sleep(500);
                status = health(s, app).statusCode();
            }
            assertEquals(200, status, "recovers without a restart");
            // The main pool reconnects on its own schedule (its connection attempts back off during the
            // outage, up to 5 s apart): requests work again within seconds, without a restart.
            int api2 = 0;
            for (int i = 0; i < 40 && api2 != 200; i++) {
                api2 = s.get("/api/v1/weights").statusCode();
                if (api2 != 200) {
                    Thread.sleep(250);
                }
            }
            assertEquals(200, api2, "requests recover without a restart");
        } finally {
            pg.close();
        }
    }

    /** The generous bound on waiting: the request itself times out after 3 s. */
    private static HttpResponse<String> health(HttpSession s, TestApp app) {
        return s.send(HttpRequest.newBuilder(URI.create(app.url("/health"))).timeout(Duration.ofSeconds(3)).GET().build());
    }
}
