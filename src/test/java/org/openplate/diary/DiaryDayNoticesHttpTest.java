package org.openplate.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * The diary day's offers and explanations on both databases: "Copy yesterday's …" only for meals that had
 * entries yesterday, "Add" landing on the confirmation, and the line that explains exercise in the targets.
 */
class DiaryDayNoticesHttpTest {

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void copyIsOfferedOnlyForMealsYesterdayHadAndAddLandsOnTheNotice(TestDb db) {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser s = SignedInUser.signUp(app, "copyoffer");
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String path = "/diary/" + today;
            String page = s.get(path).body();
            long breakfast = DiaryPagesHttpTest.mealId(page, "Breakfast");
            long lunch = DiaryPagesHttpTest.mealId(page, "Lunch");
            assertFalse(page.contains("copy-yesterday"), "yesterday is empty: nothing to copy");

            s.submit(path, "/diary/" + today.minusDays(1) + "/entries", Map.of("mealId", Long.toString(lunch),
                    "kcal", "420", "name", "Soup"));
            page = s.get(path).body();
            assertTrue(section(page, lunch).contains("Copy yesterday's lunch"), "yesterday's lunch has an entry");
            assertFalse(section(page, breakfast).contains("copy-yesterday"), "yesterday's breakfast is empty");
            assertEquals(1, count(page, "class=\"link copy-yesterday\""));

            // adding opens the day at the confirmation, with the calories left right under it
            HttpResponse<String> added = s.submit(path + "/add?mealId=" + breakfast, path + "/entries",
                    Map.of("mealId", Long.toString(breakfast), "kcal", "105", "name", "Banana"));
            assertEquals(303, added.statusCode());
            String location = URLDecoder.decode(added.headers().firstValue("Location").orElseThrow(),
                    StandardCharsets.UTF_8);
            assertTrue(location.endsWith("#notice"), location);
            assertTrue(location.contains("Added Banana (105 kcal)."), location);
            String landed = s.get(added.headers().firstValue("Location").orElseThrow().replace("#notice", "")).body();
            assertTrue(landed.contains("id=\"notice\""), "the anchor exists on the page");
            assertTrue(landed.indexOf("id=\"notice\"") < landed.indexOf("id=\"budget\""),
                    "the notice comes before the calories left");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void theAddPageOffersEachFoodOnceAcrossRecentAndFrequent(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser s = SignedInUser.signUp(app, "lists");
            String csrf = s.csrf();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            long breakfast = DiaryPagesHttpTest.mealId(s.get("/diary/" + today).body(), "Breakfast");
            long[] foods = new long[12];
            for (int i = 0; i < foods.length; i++) {
                com.fasterxml.jackson.databind.JsonNode created = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(s.json("POST", "/api/v1/foods", "{\"name\":\"Test food " + i + "\",\"servingGrams\":100,"
                                + "\"kcal\":" + (100 + i) + "}", csrf).body());
                foods[i] = created.get("id").asLong();
            }
            // food 0 is logged most, on an old day; then 11 others, so food 0 drops out of the 10 recent
            for (int d = 1; d <= 3; d++) {
                assertEquals(201, s.json("POST", "/api/v1/diary/entries", "{\"date\":\"" + today.minusDays(d)
                        + "\",\"mealId\":" + breakfast + ",\"foodId\":" + foods[0] + ",\"amount\":100,\"portion\":\"g\"}",
                        csrf).statusCode());
            }
            for (int i = 1; i < foods.length; i++) {
                assertEquals(201, s.json("POST", "/api/v1/diary/entries", "{\"date\":\"" + today
                        + "\",\"mealId\":" + breakfast + ",\"foodId\":" + foods[i] + ",\"amount\":100,\"portion\":\"g\"}",
                        csrf).statusCode());
            }
            String page = s.get("/diary/" + today + "/add").body();
            String recent = list(page, "recent-foods");
            String frequent = list(page, "frequent-foods");
            assertEquals(10, count(recent, "name=\"foodId\""));
            assertFalse(recent.contains("value=\"" + foods[0] + "\""), "food 0 is not among the 10 most recent");
            assertTrue(frequent.contains("value=\"" + foods[0] + "\""), "food 0, logged most, is frequent");
            for (long id : foods) {
                String v = "name=\"foodId\" value=\"" + id + "\"";
                assertTrue(count(recent, v) + count(frequent, v) <= 1, "food " + id + " is offered once");
            }
        }
    }

    private static String list(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, id + " is on the page");
        return page.substring(start, page.indexOf("</ol>", start));
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void targetsExplainTheExerciseTheyInclude(TestDb db) {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser s = SignedInUser.signUp(app, "targets");
            String csrf = s.csrf();
            assertEquals(200, s.json("PATCH", "/api/v1/profile", "{\"sex\":\"female\",\"birthDate\":\"1990-01-01\","
                    + "\"heightCm\":165,\"weightKg\":70}", csrf).statusCode());
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String before = s.get("/diary/" + today).body();
            assertFalse(before.contains("id=\"targets-exercise\""), "no exercise: the targets are the goal's");

            // 60 min of MET 8.0 at 70 kg: 8.0 × 3.5 × 70 ÷ 200 × 60 = 588 kcal
            assertEquals(201, s.json("POST", "/api/v1/exercise/entries", "{\"date\":\"" + today + "\","
                    + "\"kind\":\"custom\",\"name\":\"Circuit\",\"minutes\":60,\"met\":8.0}", csrf).statusCode());
            String after = s.get("/diary/" + today).body();
            assertTrue(after.contains("Targets include 588 kcal earned from exercise, split by your macro ratio."),
                    after);
            assertTrue(after.contains("href=\"/diary/meals\""), "a way to change how much exercise counts");

            // counting no exercise: the targets no longer change, and the line goes
            assertEquals(200, s.json("PUT", "/api/v1/diary/settings", "{\"exerciseCredit\":\"none\"}", csrf)
                    .statusCode());
            assertFalse(s.get("/diary/" + today).body().contains("id=\"targets-exercise\""));
        }
    }

    private static String section(String page, long mealId) {
        int start = page.indexOf("id=\"meal-" + mealId + "\"");
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
