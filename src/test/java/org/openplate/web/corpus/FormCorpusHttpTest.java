package org.openplate.web.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * The HTML forms of food, diary, recipes, exercise, weight, profile and notification settings with
 * the corpus's bad values in each field: never a 5xx; a 400 re-renders the page with the message.
 */
class FormCorpusHttpTest {

    /** The cases of {@link BadValues#text()} sent to forms (the API corpus sends them all). */
    private static final java.util.Set<String> FORM_CASES = java.util.Set.of("empty", "nul", "control", "long",
            "negative", "overflow", "nan", "text", "date-us", "unicode");

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void everyFormRefusesBadInputWithoutA5xx(TestDb db) throws Exception {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        try (TestApp app = TestApp.start(db)) {
            CorpusUser me = CorpusUser.create(app, "forms", day);
            long food = me.ids.get("food");
            long meal = me.ids.get("meal");
            Map<String, Map<String, String>> forms = new LinkedHashMap<>();
            forms.put("/foods", fields("name", "Bar", "brand", "Acme", "servingName", "1 bar", "servingGrams", "40",
                    "kcal", "190", "fatG", "7", "barcode", ""));
            forms.put("/foods/" + food, forms.get("/foods"));
            forms.put("/diary/meals", fields("name", "Elevenses"));
            forms.put("/diary/meals/" + meal, fields("name", "Breakfast"));
            forms.put("/diary/meals/" + meal + "/move", fields("direction", "up"));
            forms.put("/diary/settings", fields("exerciseCredit", "half", "waterUnit", "ml"));
            forms.put("/diary/entries/" + me.ids.get("entry"), fields("amount", "2", "portion", "1 bar", "mealId",
                    Long.toString(meal)));
            forms.put("/diary/" + day + "/entries", fields("mealId", Long.toString(meal), "foodId", Long.toString(food),
                    "amount", "1", "portion", "1 bar"));
            forms.put("/diary/" + day + "/entries?quick", fields("mealId", Long.toString(meal), "kcal", "100",
                    "name", "Snack", "fat", "3"));
            forms.put("/diary/" + day + "/copy", fields("other", day.minusDays(2).toString(), "direction", "to",
                    "mealId", Long.toString(meal)));
            forms.put("/diary/" + day + "/note", fields("note", "Long run"));
            forms.put("/diary/" + day + "/water", fields("add", "1", "unit", "cups"));
            forms.put("/diary/" + day + "/meals/" + meal + "/recipe", fields("name", "My meal", "servings", "1"));
            forms.put("/recipes", fields("name", "Oats", "servings", "2", "notes", "Soak"));
            forms.put("/recipes/" + me.ids.get("recipe"), fields("name", "Oats", "servings", "2", "notes", "Soak"));
            forms.put("/recipes/" + me.ids.get("recipe") + "/ingredients", fields("foodId", Long.toString(food),
                    "amount", "1", "portion", "1 bar"));
            forms.put("/exercise/" + day + "/entries", fields("kind", "cardio", "activityCode", "02101", "minutes", "15",
                    "name", "", "kcal", "", "painBefore", "2", "painAfter", "2", "areas", "neck", "effort", "mild"));
            forms.put("/exercise/settings", fields("netOfRest", "on"));
            forms.put("/weight", fields("date", day.minusDays(5).toString(), "weight", "72kg", "bodyFat", "25",
                    "waist", "80"));
            forms.put("/weight/import", fields("csv", "date,weight\n" + day.minusDays(6) + ",72kg\n"));
            forms.put("/profile", fields("units", "metric", "sex", "female", "birthDate", "1985-01-01", "heightCm",
                    "170", "weight", "72kg", "activity", "light", "goal", "maintain", "targetWeight", "70",
                    "timeZone", "UTC", "carbsPct", "50", "proteinPct", "20", "fatPct", "30", "bodyFat", ""));
            forms.put("/profile/goal", fields("sex", "male", "height", "5ft10in", "weight", "180lb", "age", "40",
                    "activity", "moderate", "goal", "lose-1"));
            forms.put("/notifications/preferences", fields("foodReminderTime", "19:30", "weighInReminder", "on"));

            List<String> problems = new ArrayList<>();
            Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            int sent = 0;
            for (Map.Entry<String, Map<String, String>> form : forms.entrySet()) {
                String action = form.getKey().replace("?quick", "");
                for (String field : form.getValue().keySet()) {
                    for (Map.Entry<String, String> bad : BadValues.text().entrySet()) {
                        if (!FORM_CASES.contains(bad.getKey())) {
                            continue;
                        }
                        Map<String, String> f = new LinkedHashMap<>(form.getValue());
                        f.put(field, bad.getValue());
                        f.put("_csrf", me.csrf);
                        HttpResponse<String> r = me.session.postForm(action, f);
                        sent++;
                        statuses.merge(r.statusCode(), 1, Integer::sum);
                        if (r.statusCode() >= 500 || (r.statusCode() == 400 && !r.body().contains("role=\"alert\""))) {
                            problems.add("POST " + action + " [" + field + "=" + bad.getKey() + "] → " + r.statusCode());
                        }
                    }
                }
            }
            assertTrue(problems.isEmpty(), sent + " form posts, problems:\n  " + String.join("\n  ", problems));
            assertTrue(!statuses.containsKey(403) && statuses.getOrDefault(400, 0) > 200, "answers by status: " + statuses);
            System.out.println("form corpus on " + db + ": " + sent + " posts, answers by status " + statuses);
        }
    }

    private static Map<String, String> fields(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
