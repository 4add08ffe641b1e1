package org.openplate.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** Adaptive expenditure end to end on both databases: logs → estimate → goal set from it → diary uses it. */
class ExpenditureHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static int countOf(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void estimateSetsTheGoalAndWeightChangePromptsARecalculation(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser s = SignedInUser.signUp(app, "x");
            String csrf = s.csrf();
            assertEquals(200, s.json("PATCH", "/api/v1/profile", "{\"sex\":\"male\",\"birthDate\":\"1985-01-01\","
                    + "\"heightCm\":180,\"weightKg\":90,\"units\":\"metric\",\"goal\":\"lose-1\"}", csrf).statusCode());
            assertTrue(s.get("/weight").body().contains("id=\"no-estimate\""));
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            // 21 days eating 2,000 kcal while losing 0.1 kg a day (about 770 kcal/day of deficit)
            for (int d = 21; d >= 1; d--) {
                LocalDate day = today.minusDays(d);
                if (d % 5 != 0) {
                    s.json("POST", "/api/v1/diary/entries", "{\"date\":\"" + day + "\",\"kcal\":2000}", csrf);
                }
                s.json("POST", "/api/v1/weights", "{\"date\":\"" + day + "\",\"weight\":\"" + (92.1 - 0.1 * (21 - d))
                        + "kg\"}", csrf);
            }
            String page = s.get("/weight").body();
            Matcher m = Pattern.compile("id=\"tdee\">(\\d+)<").matcher(page);
            assertTrue(m.find(), "an estimate after 21 days");
            int tdee = Integer.parseInt(m.group(1));
            assertTrue(tdee > 2400 && tdee < 3100, "about 2,000 + 0.1 kg/day of tissue: " + tdee);

            assertEquals(303, s.submit("/weight", "/weight/goal/adaptive", Map.of()).statusCode());
            JsonNode day = JSON.readTree(s.get("/api/v1/diary/days/" + today).body());
            int goal = day.get("goalKcal").asInt();
            assertTrue(Math.abs(goal - (tdee - 500)) <= 1 || goal == 1500, "estimate − 500 for 1 lb/week: " + goal);
            assertTrue(s.get("/weight").body().contains("from your expenditure"));
            assertTrue(s.get("/weight").body().contains("id=\"goal-history\""));

            // a 5 kg change since the goal was set prompts a recalculation
            assertTrue(!s.get("/weight").body().contains("id=\"recalculate-prompt\""));
            s.json("POST", "/api/v1/weights", "{\"weight\":\"84kg\"}", csrf);
            assertTrue(s.get("/weight").body().contains("id=\"recalculate-prompt\""));
            // ... and the scheduler turns the prompt into a notification, once
            assertTrue(app.app().notificationScheduler().runOnce() >= 1);
            String feed = s.get("/api/v1/notifications").body();
            assertTrue(feed.contains("Your daily goal can be updated") && feed.contains("since your goal of"), feed);
            assertEquals(0, countOf(feed, "Your daily goal can be updated") - 1);
            app.app().notificationScheduler().runOnce();
            assertEquals(1, countOf(s.get("/api/v1/notifications").body(), "Your daily goal can be updated"));
            assertEquals(303, s.submit("/weight", "/weight/goal/formula", Map.of()).statusCode());
            assertTrue(!s.get("/weight").body().contains("id=\"recalculate-prompt\""));
            assertTrue(s.get("/weight").body().contains("from the formula"));
        }
    }
}
