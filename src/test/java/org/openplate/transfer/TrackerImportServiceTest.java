package org.openplate.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;
import org.openplate.transfer.trackers.TrackerFile;

/** Tracker imports written to both databases: preview, confirm, idempotency, catalogue matching, refusal. */
public class TrackerImportServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static TrackerFile csv(String name, String... lines) {
        return new TrackerFile(name, ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    public static final TrackerFile MFP_NUTRITION = csv("Nutrition-Summary-2026-10-01-to-2026-10-02.csv",
            "Date,Meal,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,Monounsaturated Fat,Trans Fat,Cholesterol,"
                    + "Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,Protein (g),Vitamin A,Vitamin C,Calcium,Iron,Note",
            "2026-10-01,Breakfast,420,12,3,2,5,0,30,400,300,60,8,12,18,10,50,20,10,",
            "2026-10-01,Dinner,700,25,8,4,10,0,90,900,700,70,6,9,45,20,30,15,25,Felt fine",
            "2026-10-02,Lunch,550,18,5,3,7,0,60,800,500,65,7,10,30,5,20,10,15,");
    public static final TrackerFile MFP_WEIGHT = csv("Measurement-Summary-2026-10-01-to-2026-10-02.csv", "Date,Weight",
            "2026-10-01,180", "2026-10-02,179.4");

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void previewConfirmAndNothingTwice(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession s = new HttpSession(app);
            s.signUp("mfp" + System.nanoTime() + "@example.org", "correct horse");
            UserId u = new UserId(JSON.readTree(s.get("/api/v1/me").body()).get("id").asLong());
            TrackerImportService imports = new TrackerImportService(app.app().database().jdbi(), JSON, Clock.systemUTC());

            TrackerImportService.Preview p = imports.preview(u, "myfitnesspal", List.of(MFP_NUTRITION, MFP_WEIGHT));
            assertEquals(3, p.foods());
            assertEquals(2, p.weights());
            assertEquals(1, p.notes());
            assertEquals(LocalDate.of(2026, 10, 1), p.from());
            assertEquals(LocalDate.of(2026, 10, 2), p.to());
            assertTrue(p.problems().isEmpty() && p.canImport());
            assertEquals(0, JSON.readTree(s.get("/api/v1/weights?from=2026-09-01").body()).get("total").asInt(),
                    "a preview writes nothing");

            ImportCounts c = imports.confirm(u, p.token());
            assertEquals(3, c.added().get("food"));
            assertEquals(2, c.added().get("weight"));
            assertThrows(NotFoundException.class, () -> imports.confirm(u, p.token()), "a preview is used once");
            JsonNode day = JSON.readTree(s.get("/api/v1/diary/days/2026-10-01").body());
            assertEquals(1120, day.get("totals").get("kcal").asDouble(), 0.01);
            assertEquals(37, day.get("totals").get("fatG").asDouble(), 0.01);
            JsonNode weights = JSON.readTree(s.get("/api/v1/weights?from=2026-09-01").body()).get("items");
            assertEquals(180 * 0.45359237, weights.get(0).get("weightKg").asDouble(), 0.01);

            TrackerImportService.Preview again = imports.preview(u, "myfitnesspal", List.of(MFP_NUTRITION, MFP_WEIGHT));
            assertEquals(6, again.alreadyImported());
            assertFalse(again.canImport());
            assertEquals(0, imports.importNow(u, "myfitnesspal", List.of(MFP_NUTRITION, MFP_WEIGHT)).totalAdded());
            assertEquals(2, JSON.readTree(s.get("/api/v1/weights?from=2026-09-01").body()).get("total").asInt());
            assertEquals(1120, JSON.readTree(s.get("/api/v1/diary/days/2026-10-01").body()).get("totals").get("kcal")
                    .asDouble(), 0.01, "nothing doubled");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void catalogueMatchesOwnFoodsAndRefusal(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession s = new HttpSession(app);
            s.signUp("cron" + System.nanoTime() + "@example.org", "correct horse");
            assertEquals(200, s.get("/api/v1/foods?q=banana").statusCode(), "waits for the catalogue to load");
            UserId u = new UserId(JSON.readTree(s.get("/api/v1/me").body()).get("id").asLong());
            TrackerImportService imports = new TrackerImportService(app.app().database().jdbi(), JSON, Clock.systemUTC());
            TrackerFile servings = csv("servings.csv", "Day,Time,Group,Food Name,Amount,Energy (kcal),Protein (g),"
                            + "Carbs (g),Fat (g),Fiber (g),Sodium (mg),Category",
                    "2026-10-05,08:00,Breakfast,\"Bananas, raw\",150.00 g,133.5,1.6,34.3,0.5,3.9,1.5,Fruits",
                    "2026-10-05,12:30,Lunch,Grandma's lentil soup,1.00 bowl,310,18,40,7,12,620,Soups");
            ImportCounts c = imports.importNow(u, "cronometer", List.of(servings));
            assertEquals(2, c.added().get("food"));
            assertEquals(1, c.added().get("foods"), "only the soup became the user's own food");
            JsonNode day = JSON.readTree(s.get("/api/v1/diary/days/2026-10-05").body());
            String text = day.toString();
            assertTrue(text.contains("\"foodId\":") && text.contains("Grandma's lentil soup"), text);
            // the banana is the catalogue's (SR24: 89 kcal/100 g), the soup keeps the export's values
            assertEquals(150 * 0.89 + 310, day.get("totals").get("kcal").asDouble(), 0.01);

            TrackerFile broken = csv("servings.csv", "Day,Time,Group,Food Name,Amount,Energy (kcal),Category",
                    "2026-10-06,08:00,Breakfast,Toast,2.00 slice,160,Bakery",
                    "2026-13-45,09:00,Breakfast,Jam,1.00 tbsp,50,Spreads",
                    "2026-10-06,10:00,Snacks,Apple");
            TrackerImportService.Preview p = imports.preview(u, "cronometer", List.of(broken));
            assertEquals(2, p.problems().size(), p.problems().toString());
            assertTrue(p.problems().get(0).message().contains("servings.csv row 3"), p.problems().get(0).message());
            assertTrue(p.problems().get(1).message().contains("row 4"), p.problems().get(1).message());
            assertFalse(p.canImport());
            BadInputException e = assertThrows(BadInputException.class, () -> imports.importNow(u, "cronometer",
                    List.of(broken)));
            assertTrue(e.getMessage().contains("nothing was imported"), e.getMessage());
            assertEquals(0, JSON.readTree(s.get("/api/v1/diary/days/2026-10-06").body()).get("totals").get("entries")
                    .asInt(), "the good row was not written either");
            assertEquals("file", assertThrows(BadInputException.class, () -> imports.importNow(u, "myplate",
                    List.of(new TrackerFile("export.xls", "Date,Meal\n".getBytes(StandardCharsets.UTF_8))))).field());
            assertEquals("source", assertThrows(BadInputException.class, () -> imports.importNow(u, "fitbit",
                    List.of(servings))).field());
        }
    }
}
