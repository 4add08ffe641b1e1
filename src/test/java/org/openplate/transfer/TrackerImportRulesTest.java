package org.openplate.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;
import org.openplate.transfer.trackers.TrackerFile;

/**
 * Rows imported from another tracker follow the rules of rows added by hand, because the importer
 * writes through the features' own bulk-write operations: the profile's weight follows the latest
 * weigh-in, a first diary use gets the default meals, entries take the next position in their meal,
 * and an imported own food is found by the food search at once.
 */
class TrackerImportRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double LB = 0.45359237;

    private static UserId me(HttpSession s) throws Exception {
        return new UserId(JSON.readTree(s.get("/api/v1/me").body()).get("id").asLong());
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aWeighInImportMovesTheProfileWeightLikeAWeighInByHand(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession s = new HttpSession(app);
            s.signUp("w" + System.nanoTime() + "@example.org", "correct horse");
            String csrf = HttpSession.csrfFrom(s.get("/profile").body());
            assertEquals(200, s.json("PATCH", "/api/v1/profile", "{\"weightKg\":90}", csrf).statusCode());
            TrackerImportService imports = new TrackerImportService(app.app().database().jdbi(), JSON, Clock.systemUTC());

            imports.importNow(me(s), "myfitnesspal", List.of(TrackerImportServiceTest.MFP_WEIGHT));
            assertEquals(179.4 * LB, JSON.readTree(s.get("/api/v1/profile").body()).get("weightKg").asDouble(), 1e-6,
                    "the profile takes the latest imported weigh-in (2026-10-02, 179.4 lb)");

            // a later weigh-in by hand stays the latest: importing older ones leaves the profile on it
            assertEquals(201, s.json("POST", "/api/v1/weights", "{\"date\":\"2026-11-20\",\"weight\":\"70kg\"}", csrf)
                    .statusCode());
            imports.importNow(me(s), "myfitnesspal", List.of(TrackerImportServiceTest.csv(
                    "Measurement-Summary-2026-10-03-to-2026-10-03.csv", "Date,Weight", "2026-10-03,178")));
            assertEquals(70, JSON.readTree(s.get("/api/v1/profile").body()).get("weightKg").asDouble(), 1e-6);
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aFirstImportGetsTheDiarysDefaultMeals(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession s = new HttpSession(app);
            s.signUp("m" + System.nanoTime() + "@example.org", "correct horse");
            TrackerImportService imports = new TrackerImportService(app.app().database().jdbi(), JSON, Clock.systemUTC());

            // the export names Breakfast, Dinner, Lunch in that order, before the diary was ever opened
            ImportCounts c = imports.importNow(me(s), "myfitnesspal", List.of(TrackerImportServiceTest.MFP_NUTRITION));
            List<String> names = new ArrayList<>();
            JSON.readTree(s.get("/api/v1/diary/meals").body()).get("items").forEach(m -> names.add(m.get("name").asText()));
            assertEquals(List.of("Breakfast", "Lunch", "Dinner", "Snacks"), names,
                    "the diary's defaults in their order, as on a first diary use; the export's meals land in them");
            assertFalse(c.added().containsKey("meals"), "no meal beyond the defaults was needed: " + c.added());
            assertEquals(3, c.added().get("food"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void importedEntriesTakeTheNextPositionsOfTheirMeal(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession s = new HttpSession(app);
            s.signUp("p" + System.nanoTime() + "@example.org", "correct horse");
            String csrf = HttpSession.csrfFrom(s.get("/profile").body());
            long dinner = 0;
            for (JsonNode m : JSON.readTree(s.get("/api/v1/diary/meals").body()).get("items")) {
                dinner = m.get("name").asText().equals("Dinner") ? m.get("id").asLong() : dinner;
            }
            assertEquals(201, s.json("POST", "/api/v1/diary/entries", "{\"date\":\"2026-10-01\",\"mealId\":" + dinner
                    + ",\"kcal\":100,\"name\":\"Before\"}", csrf).statusCode());
            TrackerImportService imports = new TrackerImportService(app.app().database().jdbi(), JSON, Clock.systemUTC());
            imports.importNow(me(s), "myfitnesspal", List.of(TrackerImportServiceTest.MFP_NUTRITION));
            assertEquals(201, s.json("POST", "/api/v1/diary/entries", "{\"date\":\"2026-10-01\",\"mealId\":" + dinner
                    + ",\"kcal\":50,\"name\":\"After\"}", csrf).statusCode());

            List<String> order = new ArrayList<>();
            for (JsonNode m : JSON.readTree(s.get("/api/v1/diary/days/2026-10-01").body()).get("meals")) {
                if (m.get("id").asLong() == dinner) {
                    m.get("entries").forEach(e -> order.add(e.get("kcal").asText()));
                }
            }
            assertEquals(List.of("100.0", "700.0", "50.0"), order, "by hand, imported, by hand: one after the other");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void anImportedOwnFoodIsFoundBySearchAtOnce(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession s = new HttpSession(app);
            s.signUp("f" + System.nanoTime() + "@example.org", "correct horse");
            String csrf = HttpSession.csrfFrom(s.get("/profile").body());
            assertEquals(200, s.get("/api/v1/foods?q=banana").statusCode(), "waits for the catalogue to load");
            TrackerFile servings = TrackerImportServiceTest.csv("servings.csv", "Day,Time,Group,Food Name,Amount,"
                    + "Energy (kcal),Protein (g),Carbs (g),Fat (g),Category",
                    "2026-10-05,12:30,Lunch,Grandma's quince stew,1.00 bowl,310,18,40,7,Soups");
            HttpResponse<String> imported = TrackerImportPagesHttpTest.multipart(s, app, "/api/v1/import/cronometer",
                    Map.of(), List.of(servings), csrf);
            assertEquals(201, imported.statusCode(), imported.body());
            assertEquals(1, JSON.readTree(imported.body()).get("added").get("foods").asInt());
            String found = s.get("/api/v1/foods?q=quince%20stew").body();
            assertTrue(found.contains("Grandma's quince stew"), "found like a custom food made by hand: " + found);
        }
    }
    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void beyondTheDiarysMealLimitTheImportIsRefusedWhole(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession s = new HttpSession(app);
            s.signUp("l" + System.nanoTime() + "@example.org", "correct horse");
            String csrf = HttpSession.csrfFrom(s.get("/profile").body());
            List<String> lines = new ArrayList<>(List.of("Day,Time,Group,Food Name,Amount,Energy (kcal),Category"));
            for (int i = 1; i <= 7; i++) {   // 4 default meals + 7 new ones: more than the diary's 10
                lines.add("2026-10-07,08:00,Meal " + i + ",Toast,2.00 slice,160,Bakery");
            }
            HttpResponse<String> refused = TrackerImportPagesHttpTest.multipart(s, app, "/api/v1/import/cronometer",
                    Map.of(), List.of(TrackerImportServiceTest.csv("servings.csv", lines.toArray(String[]::new))), csrf);
            assertEquals(400, refused.statusCode(), refused.body());
            JsonNode error = JSON.readTree(refused.body());
            assertEquals("file", error.get("field").asText());
            assertTrue(error.get("message").asText().contains("more than 10 meals"), refused.body());
            assertEquals(0, JSON.readTree(s.get("/api/v1/diary/days/2026-10-07").body()).get("totals").get("entries")
                    .asInt(), "nothing of the import was kept");
        }
    }
}
