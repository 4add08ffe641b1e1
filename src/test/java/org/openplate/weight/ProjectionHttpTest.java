package org.openplate.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** The projection page on both databases: incomplete profile, both curves, solver and its bad input. */
class ProjectionHttpTest {

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void projectionAndSolver(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession s = new HttpSession(app);
            s.signUp("p" + System.nanoTime() + "@example.org", "correct horse");
            assertTrue(s.get("/weight/projection").body().contains("id=\"no-projection\""));
            String csrf = HttpSession.csrfFrom(s.get("/profile").body());
            assertEquals(200, s.json("PATCH", "/api/v1/profile", "{\"sex\":\"female\",\"birthDate\":\"1986-01-01\","
                    + "\"heightCm\":180,\"weightKg\":80,\"activity\":\"light\",\"goal\":\"lose-0.5\",\"units\":\"metric\"}",
                    csrf).statusCode());
            String page = s.get("/weight/projection?target=75").body();
            // both curves, drawn by the chart helper (the old hand-written ids model-curve/static-line went with it)
            assertTrue(page.contains("series-model") && page.contains("series-rule"), "both curves");
            assertTrue(page.contains("id=\"target-date\""));
            LocalDate by = LocalDate.now(ZoneOffset.UTC).plusDays(200);
            String solved = s.get("/weight/projection?target=75&by=" + by).body();
            assertTrue(solved.contains("id=\"solution\"") && solved.contains("kcal a day"), solved);
            HttpResponse<String> bad = s.get("/weight/projection?target=75&by=2000-01-01");
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("data-field=\"by\""));
            HttpResponse<String> badTarget = s.get("/weight/projection?target=heavy");
            assertEquals(400, badTarget.statusCode());
            assertTrue(badTarget.body().contains("data-field=\"target\""), "the error names the target field");
        }
    }
}
