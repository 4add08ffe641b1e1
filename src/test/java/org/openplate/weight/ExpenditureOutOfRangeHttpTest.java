package org.openplate.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * Twenty days at a flat 70 kg on 6,000 or on 300 kcal a day imply an activity level the model cannot
 * represent: /weight, /reports and the trend API answer 200 with an explanation, the goal cannot be
 * set from it, and the scheduler creates no "goal can be updated" notification from it.
 */
class ExpenditureOutOfRangeHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> cases() {
        return TestDatabases.both().flatMap(db -> Stream.of(
                Arguments.of(db, 6000, "intake-over-recorded", "over-recorded"),
                Arguments.of(db, 300, "intake-under-recorded", "under-recorded")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void flatWeightAtAnImplausibleIntakeIsExplainedNotA500(TestDb db, int kcal, String status, String words)
            throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser s = SignedInUser.signUp(app, "x", "correct horse battery 42");
            String csrf = s.csrf();
            assertEquals(200, s.json("PATCH", "/api/v1/profile", "{\"sex\":\"male\",\"birthDate\":\"1990-01-01\","
                    + "\"heightCm\":178,\"weightKg\":70,\"units\":\"metric\",\"goal\":\"maintain\"}", csrf).statusCode());
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            for (int d = 20; d >= 1; d--) {
                LocalDate day = today.minusDays(d);
                assertEquals(201, s.json("POST", "/api/v1/diary/entries", "{\"date\":\"" + day + "\",\"kcal\":" + kcal
                        + "}", csrf).statusCode());
                assertEquals(201, s.json("POST", "/api/v1/weights", "{\"date\":\"" + day + "\",\"weight\":\"70kg\"}",
                        csrf).statusCode());
            }
            var weight = s.get("/weight");
            assertEquals(200, weight.statusCode(), weight.body());
            assertTrue(weight.body().contains("id=\"estimate-out-of-range\""), weight.body());
            assertTrue(weight.body().contains(words));
            assertFalse(weight.body().contains("id=\"adopt-goal\""), "no goal offered from an out-of-range fit");

            var reports = s.get("/reports?range=30");
            assertEquals(200, reports.statusCode(), reports.body());
            assertTrue(reports.body().contains("id=\"expenditure-out-of-range\"") && reports.body().contains(words));

            JsonNode trend = JSON.readTree(s.get("/api/v1/weights/trend").body());
            assertEquals(status, trend.get("expenditure").get("status").asText());
            assertTrue(trend.get("expenditure").get("message").asText().contains(words));
            assertTrue(trend.get("expenditure").get("tdeeKcal").isNull());

            // never adopted as a goal, never a notification
            var adopt = s.submit("/weight", "/weight/goal/adaptive", Map.of());
            assertEquals(400, adopt.statusCode());
            assertTrue(adopt.body().contains(words));
            app.app().notificationScheduler().runOnce();
            assertFalse(s.get("/api/v1/notifications").body().contains("Your daily goal can be updated"));
        }
    }
}
