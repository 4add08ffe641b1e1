package org.openplate.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** The diary's HTML forms over HTTP on both databases, without JavaScript. */
class DiaryPagesHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void plainFormJourney(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession s = new HttpSession(app);
            s.signUp("pages" + System.nanoTime() + "@example.org", "correct horse");
            HttpResponse<String> today = s.get("/diary");
            assertEquals(303, today.statusCode());
            String path = today.headers().firstValue("Location").orElseThrow();
            LocalDate day = LocalDate.parse(path.substring("/diary/".length()));
            assertEquals(LocalDate.now(ZoneOffset.UTC), day, "a new profile's zone is UTC");
            String page = s.get(path).body();
            for (String meal : new String[] {"Breakfast", "Lunch", "Dinner", "Snacks"}) {
                assertTrue(page.contains(">" + meal + "</h2>"), meal);
            }
            long breakfast = mealId(page, "Breakfast");

            // add from search, as the plain form does
            String add = s.get(path + "/add?mealId=" + breakfast + "&q=banana").body();
            long banana = firstFoodId(add);
            HttpResponse<String> added = s.submit(path, path + "/entries", Map.of("foodId", Long.toString(banana),
                    "mealId", Long.toString(breakfast), "amount", "1", "portion", "g"));
            assertEquals(303, added.statusCode(), added.body());
            JsonNode json = JSON.readTree(s.get("/api/v1/diary/days/" + day).body());
            assertEquals(0.89, json.get("totals").get("kcal").asDouble(), 1e-9, "1 g of banana");

            // bad quick add re-renders the day with the field named, nothing written
            HttpResponse<String> bad = s.submit(path, path + "/entries", Map.of("mealId", Long.toString(breakfast),
                    "kcal", "-5"));
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("data-field=\"kcal\""), bad.body());
            assertEquals(1, JSON.readTree(s.get("/api/v1/diary/days/" + day).body()).get("totals").get("entries").asInt());

            // quick add, then yesterday's breakfast copied in one click
            s.submit(path, path + "/entries", Map.of("mealId", Long.toString(breakfast), "kcal", "300", "protein", "20"));
            LocalDate yesterday = day.minusDays(1);
            s.submit(path, "/diary/" + yesterday + "/entries", Map.of("mealId", Long.toString(breakfast), "kcal", "111"));
            HttpResponse<String> copied = s.submit(path, path + "/copy", Map.of("other", yesterday.toString(),
                    "mealId", Long.toString(breakfast)));
            assertEquals(303, copied.statusCode());
            String after = s.get(path).body();
            assertTrue(after.contains("data-kcal=\"111\""), "yesterday's breakfast copied");
            assertEquals(3, JSON.readTree(s.get("/api/v1/diary/days/" + day).body()).get("totals").get("entries").asInt());

            // delete with undo
            long entryId = JSON.readTree(s.get("/api/v1/diary/days/" + day).body()).get("meals").get(0)
                    .get("entries").get(0).get("id").asLong();
            HttpResponse<String> deleted = s.submit(path, "/diary/entries/" + entryId + "/delete", Map.of());
            assertEquals(path + "?undo=" + entryId, deleted.headers().firstValue("Location").orElseThrow());
            assertTrue(s.get(path + "?undo=" + entryId).body().contains("id=\"undo\""));
            s.submit(path, "/diary/entries/" + entryId + "/restore", Map.of());
            assertEquals(3, JSON.readTree(s.get("/api/v1/diary/days/" + day).body()).get("totals").get("entries").asInt());

            // notes and water
            s.submit(path, path + "/note", Map.of("note", "Felt <great>"));
            s.submit(path, path + "/water", Map.of("add", "2", "unit", "cups"));
            String withNotes = s.get(path).body();
            assertTrue(withNotes.contains("Felt &lt;great&gt;"), "notes are escaped");
            assertTrue(withNotes.contains("2 cups (473 ml)"));

            // week and history pages
            String week = s.get("/diary/week?start=" + day.minusDays(6)).body();
            assertTrue(week.contains("id=\"week-averages\""));
            String history = s.get("/diary/history?q=banana").body();
            assertTrue(history.contains("Bananas"), "history finds the banana");

            // meals: add, rename, move, remove an empty one; a meal with entries cannot be removed
            s.submit("/diary/meals", "/diary/meals", Map.of("name", "Second breakfast"));
            String meals = s.get("/diary/meals").body();
            assertTrue(meals.contains("Second breakfast"));
            HttpResponse<String> refused = s.submit("/diary/meals", "/diary/meals/" + breakfast + "/delete", Map.of());
            assertEquals(409, refused.statusCode());
            HttpResponse<String> tooLong = s.submit("/diary/meals", "/diary/meals/" + breakfast,
                    Map.of("name", "x".repeat(41)));
            assertEquals(400, tooLong.statusCode());

            // save breakfast as a recipe, duplicate it
            HttpResponse<String> saved = s.submit(path, path + "/meals/" + breakfast + "/recipe",
                    Map.of("name", "Banana breakfast", "servings", "1"));
            assertEquals(303, saved.statusCode(), saved.body());
            String recipePath = saved.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "");
            assertTrue(s.get(recipePath).body().contains("Banana breakfast"));
            HttpResponse<String> dup = s.submit(recipePath, recipePath + "/duplicate", Map.of());
            assertEquals(303, dup.statusCode());
            assertTrue(s.get("/recipes").body().contains("Banana breakfast (copy)"));

            // another user's entry and recipe answer 404
            HttpSession other = new HttpSession(app);
            other.signUp("other" + System.nanoTime() + "@example.org", "correct horse");
            assertEquals(404, other.get(recipePath).statusCode());
            assertEquals(404, other.submit("/profile", "/diary/entries/" + entryId + "/delete", Map.of()).statusCode());
            assertFalse(other.get("/diary/history?q=banana").body().contains("Bananas"));
        }
    }

    static long mealId(String page, String name) {
        Matcher m = Pattern.compile("<h2 id=\"meal-title-(\\d+)\">" + name + "</h2>").matcher(page);
        assertTrue(m.find(), "meal " + name);
        return Long.parseLong(m.group(1));
    }

    static long firstFoodId(String page) {
        Matcher m = Pattern.compile("name=\"foodId\" value=\"(\\d+)\"").matcher(page);
        assertTrue(m.find(), "a food to add");
        return Long.parseLong(m.group(1));
    }
}
