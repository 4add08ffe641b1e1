package org.openplate.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;
import org.openplate.units.Dates;

/**
 * Health sense on the projection page and its API, for the user of the issue: a 5 ft 4 in woman in lb
 * whose goal levels off under a healthy weight and who asks for 100 lb.
 */
class ProjectionHealthHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aTargetAndAPlateauUnderAHealthyWeightAreWarnedInPoundsOnThePageAndTheApi(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser u = SignedInUser.signUp(app, "health");
            // 5 ft 4 in = 162.56 cm, 120 lb, sedentary, losing 2 lb a week: the goal sits at the floor
            assertEquals(200, u.json("PATCH", "/api/v1/profile", "{\"sex\":\"female\",\"birthDate\":\"1990-01-01\","
                    + "\"heightCm\":162.56,\"weight\":\"120lb\",\"activity\":\"sedentary\",\"goal\":\"lose-2\","
                    + "\"units\":\"us\"}", u.csrf()).statusCode());
            LocalDate by = LocalDate.now(ZoneOffset.UTC).plusDays(60);

            String page = u.get("/weight/projection?target=100&by=" + by).body();
            String target = between(page, "id=\"target-warning\">", "</p>");
            assertTrue(target.contains("100.0 lb") && target.contains("5 ft 4 in")
                    && target.contains("healthy range starts at 108 lb"), target);
            assertTrue(page.contains("id=\"plateau-warning\""), "the plateau under BMI 18.5 is warned too");
            String solution = between(page, "id=\"solution\" class=\"warning\">", "</p>");
            assertFalse(solution.matches("(?s).*\\b0 kcal.*"), "never 0 kcal a day: " + solution);
            assertTrue(solution.contains("1,200 kcal a day"), "names the floor: " + solution);
            assertFalse(page.contains(" kg"), "no kg for a user in lb");
            assertFalse(page.contains(by.toString() + "<") || page.contains(">" + by), "dates are not ISO in text");

            HttpResponse<String> api = u.get("/api/v1/projection?target=100lb&by=" + by);
            assertEquals(200, api.statusCode(), api.body());
            JsonNode j = JSON.readTree(api.body());
            assertEquals("target_below_healthy", j.at("/warnings/0/code").asText());
            assertEquals(108 * 0.45359237, j.at("/warnings/0/healthyMinKg").asDouble(), 0.01);
            assertEquals(target.replace("&amp;", "&"), j.at("/warnings/0/message").asText());
            assertEquals("plateau_below_healthy", j.at("/warnings/1/code").asText());
            assertEquals("below_floor", j.at("/solver/outcome").asText());
            assertEquals(1200, j.at("/solver/intakeKcal").asInt());
            if (!j.at("/solver/reachableDate").isNull()) {
                LocalDate when = LocalDate.parse(j.at("/solver/reachableDate").asText());
                assertTrue(when.isAfter(by), "the date the floor reaches is later than asked");
                assertTrue(solution.contains(Dates.day(when)), solution);
            }

            HttpResponse<String> healthy = u.get("/api/v1/projection?target=115lb");
            JsonNode h = JSON.readTree(healthy.body());
            assertFalse(h.get("warnings").toString().contains("target_below_healthy"), "115 lb is healthy at 5 ft 4 in");
        }
    }

    private static String between(String s, String from, String to) {
        int i = s.indexOf(from);
        assertTrue(i >= 0, "missing " + from);
        return s.substring(i + from.length(), s.indexOf(to, i + from.length()));
    }
}
