package org.openplate.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * Logs 22 USDA foods in mixed portions (household measures, g, oz, ml) and checks every entry and
 * the day's totals against figures computed independently from the SR24 source files
 * (src/test/resources/diary/make-usda-expected.py), on both databases.
 */
class DiaryTotalsUsdaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] NUTRIENTS = {"energy", "protein", "fat", "carbs", "fiber", "sodium", "calcium",
        "iron", "vitamin_c"};

    private record Expected(String ndb, String unit, String measureGrams, double amount, double grams,
                            Map<String, Double> values) {
    }

    private static List<Expected> expected() throws Exception {
        List<Expected> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DiaryTotalsUsdaTest.class.getResourceAsStream("/diary/usda-expected.tsv"), StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                Map<String, Double> v = new HashMap<>();
                for (int i = 0; i < NUTRIENTS.length; i++) {
                    if (!f[6 + i].isEmpty()) {
                        v.put(NUTRIENTS[i], Double.parseDouble(f[6 + i]));
                    }
                }
                out.add(new Expected(f[0], f[2], f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5]), v));
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void totalsMatchUsdaToTheRoundingShown(TestDb db) throws Exception {
        List<Expected> rows = expected();
        assertTrue(rows.size() >= 20);
        try (TestApp app = TestApp.start(db)) {
            SignedInUser s = SignedInUser.signUp(app, "usda");
            String csrf = s.csrf();
            app.app().foods().awaitReady();
            JsonNode meals = JSON.readTree(s.get("/api/v1/diary/meals").body()).get("items");
            String date = "2026-11-02";
            for (int i = 0; i < rows.size(); i++) {
                Expected e = rows.get(i);
                long id = app.app().database().jdbi().withHandle(h -> h.createQuery("SELECT id FROM foods"
                        + " WHERE source = 'usda-sr24' AND source_id = :ndb").bind("ndb", e.ndb()).mapTo(Long.class).one());
                String portion = switch (e.unit()) {
                    case "g", "oz", "ml" -> e.unit();
                    default -> portionName(s.http(), id, e);
                };
                long meal = meals.get(i % meals.size()).get("id").asLong();
                HttpResponse<String> r = s.json("POST", "/api/v1/diary/entries", JSON.writeValueAsString(Map.of(
                        "date", date, "mealId", meal, "foodId", id, "amount", e.amount(), "portion", portion)), csrf);
                assertEquals(201, r.statusCode(), e.ndb() + " " + r.body());
                JsonNode entry = JSON.readTree(r.body());
                assertEquals(e.grams(), entry.get("grams").asDouble(), 0.005, e.ndb() + " grams");
                near(e.values().get("energy"), entry.get("kcal"), e.ndb() + " kcal");
                near(e.values().get("protein"), entry.get("proteinG"), e.ndb() + " protein");
                near(e.values().get("fat"), entry.get("fatG"), e.ndb() + " fat");
                near(e.values().get("carbs"), entry.get("carbsG"), e.ndb() + " carbs");
            }

            JsonNode day = JSON.readTree(s.get("/api/v1/diary/days/" + date).body());
            assertEquals(rows.size(), day.get("totals").get("entries").asInt());
            Map<String, JsonNode> byId = new HashMap<>();
            day.get("nutrients").forEach(n -> byId.put(n.get("id").asText(), n));
            for (String n : NUTRIENTS) {
                double sum = rows.stream().mapToDouble(e -> e.values().getOrDefault(n, 0.0)).sum();
                long missing = rows.stream().filter(e -> !e.values().containsKey(n)).count();
                JsonNode got = byId.get(n);
                assertEquals(sum, got.get("amount").asDouble(), 0.0051, n + " total");
                assertEquals(missing, got.get("entriesMissing").asLong(), n + ": entries without a USDA value");
            }
            double kcal = rows.stream().mapToDouble(e -> e.values().get("energy")).sum();
            assertEquals(kcal, day.get("totals").get("kcal").asDouble(), 0.0051);
            assertTrue(byId.get("fiber").get("entriesMissing").asInt() > 0, "the set includes a food without fibre");

            // the page shows the same totals at its rounding: whole kcal, grams to 0.1
            String page = s.get("/diary/" + date).body();
            assertTrue(page.contains("id=\"total-kcal\">" + String.format(java.util.Locale.ROOT, "%,d",
                    Math.round(kcal)) + "<"), "page total kcal " + Math.round(kcal));
            double protein = rows.stream().mapToDouble(e -> e.values().get("protein")).sum();
            assertTrue(page.contains("id=\"total-protein\">" + DiaryFormat.amount(protein) + "<"),
                    "page protein " + DiaryFormat.amount(protein));
        }
    }

    /** The app's portion for a USDA measure: same measure name (after the amount) and weight. */
    private static String portionName(HttpSession s, long foodId, Expected e) throws Exception {
        JsonNode food = JSON.readTree(s.get("/api/v1/foods/" + foodId).body());
        for (JsonNode p : food.get("portions")) {
            String name = p.get("name").asText();
            if (name.endsWith(" " + e.unit()) && Math.abs(p.get("grams").asDouble()
                    - Double.parseDouble(e.measureGrams())) < 1e-9) {
                return name;
            }
        }
        throw new AssertionError(e.ndb() + " has no portion " + e.unit() + " = " + e.measureGrams() + " g: "
                + food.get("portions"));
    }

    private static void near(Double expected, JsonNode actual, String what) {
        assertTrue(expected != null, what + " expected");
        assertEquals(expected, actual.asDouble(), 0.0051, what);
    }
}
