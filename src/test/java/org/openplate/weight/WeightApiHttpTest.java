package org.openplate.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** The weight API on both databases: CRUD, units, the trend series, CSV import, bad input, isolation. */
class WeightApiHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void weighInsTrendAndImport(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser s = SignedInUser.signUp(app, "w");
            String csrf = s.csrf();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);

            // a new profile is in US units: a bare number is pounds
            HttpResponse<String> created = s.json("POST", "/api/v1/weights", "{\"date\":\"" + today.minusDays(2)
                    + "\",\"weight\":\"176.4\"}", csrf);
            assertEquals(201, created.statusCode(), created.body());
            JsonNode w = JSON.readTree(created.body());
            assertEquals(80.01, w.get("weightKg").asDouble(), 0.005, "176.4 lb");
            assertEquals(201, s.json("POST", "/api/v1/weights", "{\"date\":\"" + today + "\",\"weight\":\"79kg\","
                    + "\"bodyFat\":25}", csrf).statusCode());
            assertEquals(79.0, JSON.readTree(s.get("/api/v1/profile").body()).get("weightKg").asDouble(), 1e-9,
                    "the profile follows the latest weigh-in");

            JsonNode trend = JSON.readTree(s.get("/api/v1/weights/trend?from=" + today.minusDays(10)).body());
            JsonNode days = trend.get("days");
            assertEquals(3, days.size(), "every calendar day from the first weigh-in");
            assertTrue(days.get(1).get("scaleKg").isNull(), "the gap day has no scale weight");
            double t1 = 80.00971 + 0.1 * ((80.00971 + 79.0) / 2 - 80.00971);
            assertEquals(Math.round(t1 * 100) / 100.0, days.get(1).get("trendKg").asDouble(), 0.011);

            // update and delete; bad input names the field
            long id = w.get("id").asLong();
            JsonNode changed = JSON.readTree(s.json("PUT", "/api/v1/weights/" + id, "{\"weight\":\"80.5kg\"}", csrf).body());
            assertEquals(80.5, changed.get("weightKg").asDouble(), 1e-9);
            assertEquals("weight", field(s.json("POST", "/api/v1/weights", "{\"weight\":\"10kg\"}", csrf)));
            assertEquals("weight", field(s.json("POST", "/api/v1/weights", "{\"weight\":\"heavy\"}", csrf)));
            assertEquals("date", field(s.json("POST", "/api/v1/weights", "{\"weight\":\"80kg\",\"date\":\""
                    + today.plusDays(1) + "\"}", csrf)));
            assertEquals("bodyFat", field(s.json("POST", "/api/v1/weights", "{\"weight\":\"80kg\",\"bodyFat\":90}", csrf)));

            // CSV import: valid rows in, bad rows reported with line numbers
            HttpResponse<String> imported = s.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(app.url("/api/v1/weights/import"))).header("X-CSRF-Token", csrf)
                    .header("Content-Type", "text/csv").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "date,weight\n" + today.minusDays(20) + ",82kg\n" + today.minusDays(19) + ",181\nnot-a-date,80\n"))
                    .build());
            JsonNode res = JSON.readTree(imported.body());
            assertEquals(3, res.get("read").asInt());
            assertEquals(2, res.get("inserted").asInt());
            assertTrue(res.get("rejected").get(0).asText().startsWith("line 4"), res.toString());
            assertEquals(4, JSON.readTree(s.get("/api/v1/weights?from=" + today.minusDays(30)).body()).get("items").size());
            assertTrue(s.get("/weight?range=1m").body().contains("<svg"), "the page draws the chart");

            SignedInUser bob = SignedInUser.signUp(app, "wb");
            String bobCsrf = bob.csrf();
            assertEquals(404, bob.get("/api/v1/weights/" + id).statusCode());
            assertEquals(404, bob.json("PUT", "/api/v1/weights/" + id, "{\"weight\":\"1\"}", bobCsrf).statusCode());
            assertEquals(404, bob.json("DELETE", "/api/v1/weights/" + id, null, bobCsrf).statusCode());
            assertEquals(0, JSON.readTree(bob.get("/api/v1/weights?from=" + today.minusDays(30)).body()).get("items").size());
            assertEquals(204, s.json("DELETE", "/api/v1/weights/" + id, null, csrf).statusCode());
            assertEquals(404, s.get("/api/v1/weights/" + id).statusCode());
        }
    }

    private static String field(HttpResponse<String> r) throws Exception {
        assertEquals(400, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("field").asText();
    }
}
