package org.openplate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openplate.testing.TestDatabases;

/**
 * kill -9 during a burst of writes: every weigh-in the server acknowledged (201) is there after a
 * restart on the same data, on SQLite and on PostgreSQL.
 */
class CrashRecoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void acknowledgedWritesSurviveAKillOnSqlite() throws Exception {
        burstKillAndCheck(Files.createTempDirectory("op-crash"), null, null, null);
    }

    @Test
    void acknowledgedWritesSurviveAKillOnPostgres() throws Exception {
        TestDatabases.TestDb db = TestDatabases.postgres();
        burstKillAndCheck(Files.createTempDirectory("op-crash-pg"), db.url(), db.user(), db.password());
    }

    private static void burstKillAndCheck(Path dir, String url, String user, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf;
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (ChildServer server = ChildServer.start(dir, url, user, password)) {
            csrf = signUp(client, server);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            LocalDate start = LocalDate.now().minusYears(25);
            for (int t = 0; t < 4; t++) {
                int thread = t;
                pool.execute(() -> {
                    for (int i = 0; i < 2_000 && !Thread.currentThread().isInterrupted(); i++) {
                        String day = start.plusDays(thread * 2_000L + i).toString();
                        try {
                            HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri("/api/v1/weights"))
                                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                                    .header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"date\":\"" + day + "\",\"weight\":\"70kg\"}")).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 201) {
                                acknowledged.add(day);
                            }
                        } catch (Exception killed) {
                            return;
                        }
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (acknowledged.size() < 150 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            server.process.destroyForcibly();   // kill -9 in mid-burst
            server.process.waitFor(30, TimeUnit.SECONDS);
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertTrue(acknowledged.size() >= 50, "the burst got going: " + acknowledged.size());

        try (ChildServer again = ChildServer.start(dir, url, user, password)) {
            Set<String> stored = new HashSet<>();
            for (int offset = 0; ; offset += 500) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(again.uri("/api/v1/weights?from="
                        + LocalDate.now().minusYears(26) + "&to=" + LocalDate.now() + "&limit=500&offset=" + offset))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                JsonNode body = JSON.readTree(r.body());
                body.get("items").forEach(item -> stored.add(item.get("date").asText()));
                if (body.get("next").isNull()) {
                    break;
                }
            }
            Set<String> missing = new HashSet<>(acknowledged);
            missing.removeAll(stored);
            assertTrue(missing.isEmpty(), missing.size() + " acknowledged writes lost of " + acknowledged.size());
        }
    }

    private static String signUp(HttpClient client, ChildServer server) throws Exception {
        String page = client.send(HttpRequest.newBuilder(server.uri("/signup")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(page);
        assertTrue(m.find(), page);
        String form = "_csrf=" + m.group(1) + "&email=crash" + System.nanoTime() + "%40example.org"
                + "&password=correct+horse+battery+42&confirmPassword=correct+horse+battery+42";
        client.send(HttpRequest.newBuilder(server.uri("/signup")).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String profile = client.send(HttpRequest.newBuilder(server.uri("/profile")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher c = CSRF.matcher(profile);
        assertTrue(c.find(), "signed in: " + profile);
        return c.group(1);
    }
}
