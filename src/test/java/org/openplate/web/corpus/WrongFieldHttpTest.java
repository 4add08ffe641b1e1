package org.openplate.web.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/**
 * A 400 names the input that is wrong, in the API and on the HTML forms (the examples of issue 13
 * and the ones the corpus found), and a meal update either applies whole or not at all.
 */
class WrongFieldHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theFieldNamedIsTheOneThatIsWrong() throws Exception {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            SignedInUser s = SignedInUser.signUp(app, "field", "correct horse battery");
            String csrf = s.csrf();
            String day = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

            assertField(s.json("PATCH", "/api/v1/profile", "{\"fatPct\":-1}", csrf), "fatPct");
            assertField(s.json("PATCH", "/api/v1/profile", "{\"carbsPct\":50,\"proteinPct\":\"many\"}", csrf), "proteinPct");
            assertField(s.json("PATCH", "/api/v1/profile", "{\"heightFt\":\"abc\"}", csrf), "heightFt");
            assertField(s.json("PATCH", "/api/v1/profile", "{\"heightFt\":5,\"heightIn\":13}", csrf), "heightIn");
            assertField(s.json("PATCH", "/api/v1/profile", "{\"heightCm\":400}", csrf), "heightCm");
            assertField(s.json("PATCH", "/api/v1/profile", "{\"weightLb\":5}", csrf), "weightLb");
            assertField(s.json("PATCH", "/api/v1/profile", "{\"targetWeight\":\"heavy\"}", csrf), "targetWeight");
            assertField(s.json("GET", "/api/v1/calorie-goal?sex=male&heightCm=10&weight=80kg&age=40&activity=light"
                    + "&goal=maintain", null, csrf), "heightCm");
            assertField(s.json("POST", "/api/v1/exercise/entries", "{\"date\":\"" + day + "\",\"kind\":\"manual\","
                    + "\"name\":\"Watch\",\"kcal\":\"\"}", csrf), "kcal");

            // the HTML forms go through the same parsers and mark the same field
            HttpResponse<String> profile = s.submit("/profile", "/profile", Map.of("carbsPct", "50",
                    "proteinPct", "20", "fatPct", "-1"));
            assertEquals(400, profile.statusCode());
            assertTrue(profile.body().contains("data-field=\"fatPct\""), profile.body());
            HttpResponse<String> exercise = s.submit("/exercise/" + day, "/exercise/" + day + "/entries",
                    Map.of("kind", "manual", "name", "Watch", "kcal", ""));
            assertEquals(400, exercise.statusCode());
            assertTrue(exercise.body().contains("data-field=\"kcal\""), exercise.body());

            // meals: another user's id in the path is 404; a bad value writes nothing
            JsonNode meals = JSON.readTree(s.get("/api/v1/diary/meals").body()).get("items");
            long mine = meals.get(0).get("id").asLong();
            String name = meals.get(0).get("name").asText();
            assertField(s.json("PUT", "/api/v1/diary/meals/" + mine, "{\"name\":\"Renamed\",\"move\":\"up\"}", csrf),
                    "move");
            assertEquals(name, JSON.readTree(s.get("/api/v1/diary/meals").body()).at("/items/0/name").asText(),
                    "nothing written");
            HttpSession other = new HttpSession(app);
            other.signUp("field-b" + System.nanoTime() + "@example.org", "correct horse battery");
            HttpResponse<String> foreign = other.json("PUT", "/api/v1/diary/meals/" + mine, "{\"name\":\"Mine now\"}",
                    HttpSession.csrfFrom(other.get("/profile").body()));
            assertEquals(404, foreign.statusCode(), foreign.body());
        }
    }

    private static void assertField(HttpResponse<String> r, String field) throws Exception {
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(field, JSON.readTree(r.body()).get("field").asText(), r.body());
    }
}
