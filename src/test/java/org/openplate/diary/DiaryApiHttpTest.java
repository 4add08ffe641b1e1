package org.openplate.diary;

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

/** The diary API over HTTP on both databases: the main journey, bad input, and isolation. */
class DiaryApiHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void logCopyQuickAddAndTotals(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser ann = SignedInUser.signUp(app, "ann");
            String csrf = ann.csrf();
            JsonNode banana = JSON.readTree(ann.get("/api/v1/foods?q=banana&limit=1").body()).get("items").get(0);
            JsonNode meals = JSON.readTree(ann.get("/api/v1/diary/meals").body()).get("items");
            assertEquals("Breakfast", meals.get(0).get("name").asText());
            long breakfast = meals.get(0).get("id").asLong();
            long lunch = meals.get(1).get("id").asLong();

            HttpResponse<String> added = ann.json("POST", "/api/v1/diary/entries", "{\"date\":\"2026-11-20\","
                    + "\"mealId\":" + breakfast + ",\"foodId\":" + banana.get("id").asLong()
                    + ",\"amount\":2,\"portion\":\"1 cup, sliced\"}", csrf);
            assertEquals(201, added.statusCode(), added.body());
            JsonNode entry = JSON.readTree(added.body());
            assertEquals(300.0, entry.get("grams").asDouble(), 1e-9);
            assertEquals(267.0, entry.get("kcal").asDouble(), 1e-9, "89 kcal/100 g × 300 g");

            HttpResponse<String> quick = ann.json("POST", "/api/v1/diary/entries", "{\"date\":\"2026-11-20\","
                    + "\"mealId\":" + lunch + ",\"kcal\":250,\"protein\":10,\"name\":\"Vending snack\"}", csrf);
            assertEquals(201, quick.statusCode(), quick.body());

            JsonNode day = JSON.readTree(ann.get("/api/v1/diary/days/2026-11-20").body());
            assertEquals(517.0, day.get("totals").get("kcal").asDouble(), 1e-9);
            assertEquals(2, day.get("totals").get("entries").asInt());

            HttpResponse<String> copied = ann.json("POST", "/api/v1/diary/copy", "{\"from\":\"2026-11-20\","
                    + "\"to\":\"2026-11-21\",\"fromMealId\":" + breakfast + "}", csrf);
            assertEquals(201, copied.statusCode(), copied.body());
            assertEquals(1, JSON.readTree(copied.body()).get("copied").asInt());
            JsonNode next = JSON.readTree(ann.get("/api/v1/diary/days/2026-11-21").body());
            assertEquals(267.0, next.get("totals").get("kcal").asDouble(), 1e-9);

            // bad input: named field, nothing written
            assertEquals("amount", field(ann.json("POST", "/api/v1/diary/entries", "{\"date\":\"2026-11-20\","
                    + "\"foodId\":" + banana.get("id").asLong() + ",\"amount\":-1}", csrf)));
            assertEquals("portion", field(ann.json("POST", "/api/v1/diary/entries", "{\"date\":\"2026-11-20\","
                    + "\"foodId\":" + banana.get("id").asLong() + ",\"amount\":1,\"portion\":\"1 bucket\"}", csrf)));
            assertEquals("foodId", field(ann.json("POST", "/api/v1/diary/entries", "{\"date\":\"2026-11-20\","
                    + "\"foodId\":999999999,\"amount\":1}", csrf)));
            assertEquals("date", field(ann.json("POST", "/api/v1/diary/entries", "{\"date\":\"2099-01-01\","
                    + "\"foodId\":" + banana.get("id").asLong() + ",\"amount\":1}", csrf)));
            HttpResponse<String> malformed = ann.json("POST", "/api/v1/diary/entries", "{\"date\":", csrf);
            assertEquals(400, malformed.statusCode());
            assertEquals(2, JSON.readTree(ann.get("/api/v1/diary/days/2026-11-20").body()).get("totals")
                    .get("entries").asInt(), "nothing written by rejected requests");

            SignedInUser bob = SignedInUser.signUp(app, "bob");
            String bobCsrf = bob.csrf();
            long id = entry.get("id").asLong();
            assertEquals(404, bob.get("/api/v1/diary/entries/" + id).statusCode());
            assertEquals(404, bob.json("DELETE", "/api/v1/diary/entries/" + id, null, bobCsrf).statusCode());
            assertEquals(404, bob.json("PUT", "/api/v1/diary/entries/" + id, "{\"amount\":1}", bobCsrf).statusCode());
            assertEquals(404, bob.json("PUT", "/api/v1/diary/meals/" + breakfast, "{}", bobCsrf).statusCode(),
                    "another user's meal, even with nothing to change");
            assertTrue(JSON.readTree(bob.get("/api/v1/diary/days/2026-11-20").body()).get("totals").get("entries")
                    .asInt() == 0);
        }
    }

    private static String field(HttpResponse<String> r) throws Exception {
        assertEquals(400, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("field").asText();
    }
}
