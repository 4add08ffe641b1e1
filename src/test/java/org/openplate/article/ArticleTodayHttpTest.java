package org.openplate.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** The article sidebar: "Today" with the goal in force and what is left for a user with a goal; else the calculator. */
class ArticleTodayHttpTest {

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        if (!m.find()) {
            throw new AssertionError("no " + regex);
        }
        return m.group(1);
    }

    private static int number(String html, String id) {
        return Integer.parseInt(first(html, "id=\"" + id + "\"[^>]*>([0-9,]+)<").replace(",", ""));
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aUserWithAGoalSeesTodayAndVisitorsTheCalculator(TestDb db) {
        try (TestApp app = TestApp.start(db)) {
            HttpSession visitor = new HttpSession(app);
            String article = "/articles/" + first(visitor.get("/articles").body(), "href=\"/articles/([a-z0-9-]+)\"");
            String anonymous = visitor.get(article).body();
            assertFalse(anonymous.contains("id=\"today-widget\""));
            assertTrue(anonymous.contains("action=\"/calculator\""), "visitors keep the calculator");

            SignedInUser noGoal = SignedInUser.signUp(app, "nogoal");
            assertFalse(noGoal.get(article).body().contains("id=\"today-widget\""), "no goal yet: the calculator");

            HttpSession s = new HttpSession(app);
            Map<String, String> f = new LinkedHashMap<>(Map.of("units", "us", "sex", "female", "heightFt", "5",
                    "heightIn", "4", "weight", "150", "age", "35", "activity", "light", "goal", "lose-1"));
            f.put("email", "today" + System.nanoTime() + "@example.org");
            f.put("password", SignedInUser.PASSWORD);
            f.put("confirmPassword", SignedInUser.PASSWORD);
            s.submit("/signup", "/signup", f);
            String day = s.get("/diary").headers().firstValue("Location").orElseThrow();
            String diary = s.get(day).body();
            int goal = number(diary, "budget-goal");
            String meal = first(diary, "id=\"meal-(\\d+)\"");
            assertEquals(303, s.submit("/profile", day + "/entries", Map.of("mealId", meal, "kcal", "284",
                    "name", "Toast")).statusCode());

            String page = s.get(article).body();
            assertTrue(page.contains("id=\"today-widget\""), "a user with a goal sees their day");
            assertFalse(page.contains("action=\"/calculator\""), "instead of the empty calculator");
            assertEquals(goal, number(page, "today-goal"), "the goal in force, as on the diary");
            assertEquals(goal - 284, number(page, "today-left"));
            assertTrue(page.contains("href=\"/diary\" id=\"today-diary\""));
            assertTrue(page.contains("href=\"/diary/add\""), "a quick Log food link");
        }
    }
}
