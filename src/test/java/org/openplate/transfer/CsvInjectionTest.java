package org.openplate.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.csv.Csv;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): names that start with a formula character,
 * typed in the app or imported from another tracker, come out of every CSV export as text (a leading
 * single quote, quoted), while negative numbers in numeric columns stay numbers.
 */
public class CsvInjectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LINK = "=HYPERLINK(\"http://x\",\"y\")";

    @Test
    void everyFormulaStartIsNeutralisedAndOnlyThose() {
        for (String bad : List.of("=1+2", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + bad, Csv.text(bad));
            StringBuilder out = new StringBuilder();
            Csv.row(out, List.of(Csv.text(bad), CsvExports.num(-250.0)));
            assertEquals("\"'" + bad + "\",-250\r\n", out.toString());
        }
        for (String fine : List.of("Oats", "1 cup", "", "x=1", "café")) {
            assertEquals(fine, Csv.text(fine));
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void importedAndTypedNamesComeOutAsText(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser s = SignedInUser.signUp(app, "csv");
            String csrf = s.csrf();
            assertEquals(200, s.json("PATCH", "/api/v1/profile", "{\"sex\":\"female\",\"birthDate\":\"1980-05-06\","
                    + "\"heightCm\":165,\"weightKg\":72,\"units\":\"us\",\"goal\":\"lose-1\"}", csrf).statusCode());
            UserId u = new UserId(JSON.readTree(s.get("/api/v1/me").body()).get("id").asLong());
            TrackerImportService imports = new TrackerImportService(app.app().database().jdbi(), JSON, Clock.systemUTC());
            // Cronometer: a food named like a formula, far over the day's budget (remaining kcal < 0)
            imports.importNow(u, "cronometer", List.of(TrackerImportServiceTest.csv("servings.csv",
                    "Day,Group,Food Name,Amount,Energy (kcal),Protein (g)",
                    "2026-10-01,Dinner,\"" + LINK.replace("\"", "\"\"") + "\",100 g,6000,10")));
            // MyFitnessPal: a meal named like a formula
            imports.importNow(u, "myfitnesspal", List.of(TrackerImportServiceTest.csv(
                    "Nutrition-Summary-2026-10-02-to-2026-10-02.csv", "Date,Meal,Calories,Fat (g),Protein (g)",
                    "2026-10-02,@SUM(A1),420,12,18")));
            assertEquals(201, s.json("POST", "/api/v1/exercise/entries", "{\"date\":\"2026-10-01\",\"kind\":\"manual\","
                    + "\"name\":\"-2+3\",\"kcal\":321}", csrf).statusCode());

            String diary = s.get("/account/data/diary-entries.csv").body();
            assertTrue(diary.contains(",\"'" + LINK.replace("\"", "\"\"")), diary);
            assertTrue(diary.contains(",\"'@SUM(A1)\","), diary);
            assertFalse(diary.contains("," + LINK.replace("\"", "\"\"")), diary);
            String exercise = s.get("/account/data/exercise.csv").body();
            assertTrue(exercise.contains(",\"'-2+3\","), exercise);
            assertTrue(exercise.contains(",321"), "kcal stays a number: " + exercise);

            List<Map<String, String>> daily = DataPagesHttpTest.parse(s.get("/account/data/daily-totals.csv").body());
            String remaining = daily.get(0).get("remaining_kcal");
            assertTrue(Double.parseDouble(remaining) < 0, "a negative balance stays a plain number: " + remaining);
        }
    }
}
