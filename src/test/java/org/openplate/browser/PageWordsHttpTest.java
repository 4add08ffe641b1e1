package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openplate.testing.Html;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/**
 * No page of the tour shows a developer's words: no repository paths ("docs/formats.md"), no code
 * names of form fields ("fatG", "cholesterolMg"), no raw source ids ("usda-sr24 08180") outside the
 * "About this data" toggle. Read as a user would: the text between the tags, without code samples.
 */
class PageWordsHttpTest {

    /** Repository paths and file names of the project's own documentation. */
    private static final Pattern PATHS = Pattern.compile("\\b(docs|src|target)/|\\b[\\w-]+\\.md\\b");
    /** A camelCase word ending in a unit, or one of the form fields' code names. */
    private static final Pattern CODE_NAMES = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*(G|Mg|Ug|Kg|Lb|Cm|Pct|Kcal)\\b"
            + "|\\b(servingName|servingGrams|confirmPassword|currentPassword|newPassword|birthDate|activityCode|"
            + "painBefore|painAfter|targetWeight|timeZone)\\b");
    /**
     * Food sources' codes and five-digit catalogue numbers (Compendium "02010", SR "08180"). Not yet
     * covered: USDA portion names that cite the food they were measured on ("0.5 cup From 19211"),
     * which come from the data itself.
     */
    private static final Pattern SOURCE_IDS = Pattern.compile("\\busda-sr\\d*\\b|\\bcompendium-\\d+|(?<![\\d,.]|From )\\d{5}(?![\\d,.])");

    @Test
    void noPageOfTheTourShowsPathsCodeNamesOrSourceIds() {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            List<String> problems = new ArrayList<>();
            for (String path : PageTour.PUBLIC) {
                check(path, app.url(path), new org.openplate.testing.HttpSession(app).get(path), problems);
            }
            SignedInUser s = SignedInUser.signUp(app, "words");
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            s.submit("/profile", "/profile", Map.of("units", "us", "sex", "female", "birthDate", "1990-05-01",
                    "heightFt", "5", "heightIn", "4", "weightLb", "150", "activity", "light", "goal", "lose-1"));
            String banana = logBananaAndJog(s, today);
            List<String> pages = new ArrayList<>(PageTour.signedIn());
            pages.addAll(List.of("/foods/" + banana, "/exercise/" + today + "?q=jogging"));
            pages.addAll(List.of("/help", "/help/formats", "/help/importing", "/help/api", "/foods?q=banana"));
            for (String path : pages) {
                HttpResponse<String> r = s.get(path);
                if (r.statusCode() == 302 || r.statusCode() == 303) {
                    r = s.get(r.headers().firstValue("Location").orElseThrow());
                }
                check(path, path, r, problems);
            }
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }
    }

    /** Logs a banana (answering its food id) and 30 minutes of jogging. */
    private static String logBananaAndJog(SignedInUser s, String today) {
        String results = s.get("/diary/" + today + "/add?q=banana").body();
        var m = Pattern.compile("name=\"foodId\" value=\"(\\d+)\"").matcher(results);
        var meal = Pattern.compile("name=\"mealId\" value=\"(\\d+)\"").matcher(results);
        assertTrue(m.find() && meal.find(), "a banana to log");
        {
            s.submit("/diary/" + today, "/diary/" + today + "/entries", Map.of("mealId", meal.group(1),
                    "foodId", m.group(1), "amount", "1"));
        }
        s.submit("/exercise/" + today, "/exercise/" + today + "/entries", Map.of("kind", "cardio",
                "activityCode", "12020", "minutes", "30"));
        return m.group(1);
    }

    private static void check(String path, String where, HttpResponse<String> r, List<String> problems) {
        assertEquals(200, r.statusCode(), where + " answered " + r.statusCode());
        String text = visibleText(r.body());
        for (Pattern p : List.of(PATHS, CODE_NAMES, SOURCE_IDS)) {
            var m = p.matcher(text);
            while (m.find()) {
                problems.add(path + ": \"" + m.group() + "\" in …" + text.substring(Math.max(0, m.start() - 60),
                        Math.min(text.length(), m.end() + 40)) + "…");
            }
        }
    }

    /** The words a reader sees outside the "About this data" toggles: no tags, scripts, styles or code samples. */
    static String visibleText(String html) {
        String t = html.replaceAll("(?s)<script.*?</script>|<style.*?</style>|<code>.*?</code>|<pre.*?</pre>", " ")
                .replaceAll("(?s)<details class=\"about-data\".*?</details>", " ")
                .replaceAll("(?s)<[^>]*>", " ");
        return Html.unescape(t).replaceAll("\\s+", " ");
    }
}
