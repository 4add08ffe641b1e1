package org.openplate.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** A back-care warning becomes a notification; the feed API and marking read; another user's id is 404. */
class NotificationApiHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void backCareWarningInTheFeed(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser s = SignedInUser.signUp(app, "na");
            String csrf = s.csrf();
            s.json("PATCH", "/api/v1/profile", "{\"weightKg\":70}", csrf);
            assertEquals(201, s.json("POST", "/api/v1/exercise/entries", "{\"activityCode\":\"02101\",\"minutes\":15,"
                    + "\"painBefore\":2,\"painAfter\":3,\"redFlags\":\"tingling\"}", csrf).statusCode());
            JsonNode feed = JSON.readTree(s.get("/api/v1/notifications").body());
            assertEquals(1, feed.get("unread").asInt());
            JsonNode n = feed.get("items").get(0);
            assertEquals("back-care", n.get("kind").asText());
            assertEquals("Stop stretching and see a doctor", n.get("title").asText());

            SignedInUser bob = SignedInUser.signUp(app, "nb");
            String bobCsrf = bob.csrf();
            long id = n.get("id").asLong();
            assertEquals(404, bob.json("POST", "/api/v1/notifications/" + id + "/read", null, bobCsrf).statusCode());
            assertEquals(0, JSON.readTree(bob.get("/api/v1/notifications").body()).get("items").size());
            assertEquals(204, s.json("POST", "/api/v1/notifications/" + id + "/read", null, csrf).statusCode());
            assertEquals(0, JSON.readTree(s.get("/api/v1/notifications").body()).get("unread").asInt());
            java.net.http.HttpResponse<String> bad = s.submit("/notifications", "/notifications/preferences",
                    java.util.Map.of("foodReminderTime", "25:99"));
            assertEquals(400, bad.statusCode());
            org.junit.jupiter.api.Assertions.assertTrue(bad.body().contains("Food reminder time must be a time"));
        }
    }
}
