package org.openplate.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** A user in lb and miles logs a run and a lift on the page and sees miles, pounds and readable dates. */
class ExerciseUnitsHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern METRIC = Pattern.compile("\\d\\s?(kg|km)\\b|\\((kg|km)\\b");

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void theFormsTakeAndShowMilesAndPounds(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser u = SignedInUser.signUp(app, "miles");
            assertEquals(200, u.json("PATCH", "/api/v1/profile", "{\"units\":\"us\",\"weight\":\"150lb\"}",
                    u.csrf()).statusCode());
            String day = "/exercise/2026-11-20";
            String form = u.get(day + "?q=running").body();
            assertTrue(form.contains("name=\"distanceMi\"") && form.contains("Distance (mi, optional)"), "miles");
            assertTrue(form.contains("name=\"loadLb\"") && form.contains("Weight (lb)"), "pounds");
            assertTrue(form.contains("Exercise, Fri 20 Nov 2026"), "the app's date style");

            assertEquals(303, u.http().postForm(day + "/entries", Map.of("_csrf", u.csrf(), "kind", "custom",
                    "name", "Run", "met", "8", "minutes", "30", "distanceMi", "3")).statusCode());
            assertEquals(303, u.http().postForm(day + "/entries", Map.of("_csrf", u.csrf(), "kind", "strength",
                    "name", "Squat", "sets", "3", "reps", "8", "loadLb", "135")).statusCode());

            String page = u.get(day).body();
            assertTrue(page.contains("3 mi"), "distance in miles");
            assertTrue(page.contains("135 lb"), "load in pounds");
            assertTrue(page.contains("× 150 lb × 0.4536 ÷ 200"), "the formula uses the user's weight in lb");
            assertFalse(METRIC.matcher(page).find(), "no kg or km for a user in lb");

            JsonNode entries = JSON.readTree(u.get("/api/v1/exercise/days/2026-11-20").body()).get("entries");
            JsonNode run = entries.get(0).get("name").asText().equals("Run") ? entries.get(0) : entries.get(1);
            JsonNode lift = run == entries.get(0) ? entries.get(1) : entries.get(0);
            assertEquals(3 * 1.609344, run.get("distanceKm").asDouble(), 0.01, "stored metric");
            assertEquals(135 * 0.45359237, lift.get("loadKg").asDouble(), 0.01, "stored metric");
            assertEquals(8 * 3.5 * 150 * 0.45359237 / 200 * 30, run.get("kcal").asDouble(), 0.01);
        }
    }
}
