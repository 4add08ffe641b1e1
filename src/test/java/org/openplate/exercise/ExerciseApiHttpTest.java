package org.openplate.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** The exercise API on both databases: MET calories, check-ins with advice, diary credit, bad input, isolation. */
class ExerciseApiHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void logStretchingWithCheckInsAndFeedTheDiary(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser s = SignedInUser.signUp(app, "ex");
            String csrf = s.csrf();
            assertEquals("weight", field(s.json("POST", "/api/v1/exercise/entries", "{\"date\":\"2026-11-20\","
                    + "\"activityCode\":\"02101\",\"minutes\":20}", csrf)), "calories by MET need a weight");
            assertEquals(200, s.json("PATCH", "/api/v1/profile", "{\"weightKg\":70}", csrf).statusCode());

            JsonNode found = JSON.readTree(s.get("/api/v1/exercise/activities?q=stretching").body());
            assertTrue(found.get("items").size() > 0);

            HttpResponse<String> logged = s.json("POST", "/api/v1/exercise/entries", "{\"date\":\"2026-11-20\","
                    + "\"activityCode\":\"02101\",\"minutes\":20,\"painBefore\":3,\"painAfter\":6,"
                    + "\"holdSeconds\":30,\"effort\":\"mild\",\"areas\":\"lower-back\"}", csrf);
            assertEquals(201, logged.statusCode(), logged.body());
            JsonNode e = JSON.readTree(logged.body());
            assertEquals(56.35, e.get("kcal").asDouble(), 1e-9, "2.3 MET × 3.5 × 70 kg ÷ 200 × 20 min");
            assertEquals(2.3, e.get("met").asDouble(), 1e-9);
            assertEquals("2024", e.get("activityEdition").asText());
            assertEquals("pain-rose", e.get("advice").get(0).get("code").asText());

            JsonNode day = JSON.readTree(s.get("/api/v1/diary/days/2026-11-20").body());
            assertEquals(56.35, day.get("exerciseKcal").asDouble(), 1e-9, "exercise feeds the diary");
            assertEquals(56.35, day.get("exerciseCreditedKcal").asDouble(), 1e-9);

            // strength with time from sets, a custom MET, a manual figure
            JsonNode strength = JSON.readTree(s.json("POST", "/api/v1/exercise/entries", "{\"date\":\"2026-11-20\","
                    + "\"kind\":\"strength\",\"name\":\"Squat\",\"sets\":4,\"reps\":8,\"loadKg\":60}", csrf).body());
            assertEquals(10.0, strength.get("minutes").asDouble(), 1e-9);
            assertEquals(3.5 * 3.5 * 70 / 200 * 10, strength.get("kcal").asDouble(), 0.01, "rounded to 0.01 in JSON");
            JsonNode manual = JSON.readTree(s.json("POST", "/api/v1/exercise/entries", "{\"date\":\"2026-11-20\","
                    + "\"kind\":\"manual\",\"name\":\"Watch says\",\"kcal\":321}", csrf).body());
            assertEquals(321.0, manual.get("kcal").asDouble(), 1e-9);

            // bad input: the field is named, nothing written
            assertEquals("minutes", field(s.json("POST", "/api/v1/exercise/entries", "{\"activityCode\":\"02101\","
                    + "\"minutes\":0}", csrf)));
            assertEquals("minutes", field(s.json("POST", "/api/v1/exercise/entries", "{\"activityCode\":\"02101\","
                    + "\"minutes\":1441}", csrf)));
            assertEquals("activityCode", field(s.json("POST", "/api/v1/exercise/entries", "{\"activityCode\":\"99999\","
                    + "\"minutes\":10}", csrf)));
            assertEquals("met", field(s.json("POST", "/api/v1/exercise/entries", "{\"kind\":\"custom\",\"name\":\"x\","
                    + "\"minutes\":10,\"met\":0.8}", csrf)));
            assertEquals("met", field(s.json("POST", "/api/v1/exercise/entries", "{\"kind\":\"custom\",\"name\":\"x\","
                    + "\"minutes\":10,\"met\":25.1}", csrf)));
            assertEquals("painAfter", field(s.json("POST", "/api/v1/exercise/entries", "{\"activityCode\":\"02101\","
                    + "\"minutes\":10,\"painBefore\":3,\"painAfter\":11}", csrf)));
            JsonNode all = JSON.readTree(s.get("/api/v1/exercise/days/2026-11-20").body());
            assertEquals(3, all.get("entries").size());

            String page = s.get("/exercise/2026-11-20").body();
            assertTrue(page.contains("Your favourites and recent activities"), "offered before searching");
            assertTrue(page.matches("(?s).*id=\"activity-results\".*02101.*"), "stretching is offered again");
            assertTrue(page.contains("Squat") && page.contains("56"), "the day's log with its calories");

            SignedInUser bob = SignedInUser.signUp(app, "exbob");
            String bobCsrf = bob.csrf();
            long id = e.get("id").asLong();
            assertEquals(404, bob.get("/api/v1/exercise/entries/" + id).statusCode());
            assertEquals(404, bob.json("DELETE", "/api/v1/exercise/entries/" + id, null, bobCsrf).statusCode());
            assertEquals(0, JSON.readTree(bob.get("/api/v1/exercise/days/2026-11-20").body()).get("entries").size());
            assertEquals(0, JSON.readTree(bob.get("/api/v1/exercise/checkins").body()).get("items").size());
        }
    }

    private static String field(HttpResponse<String> r) throws Exception {
        assertEquals(400, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("field").asText();
    }
}
